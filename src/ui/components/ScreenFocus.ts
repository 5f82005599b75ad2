/**
 * Whether a screen should take keyboard focus when it appears: yes after the person moved
 * to it from the menu (so a screen reader announces the new screen and Tab continues from
 * there), no on the first load (focus stays at the top, where the skip link is).
 */
import { createContext } from 'react';

export const ScreenFocus = createContext(false);
