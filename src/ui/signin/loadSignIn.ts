/**
 * The sign-in screen's lazily loaded parts: the tiles' data (started at boot by `main.tsx`
 * when no one is signed in, so it arrives beside the interface's texts) and the sign-in
 * actions (started once the screen shows, so they are there by the time a password is
 * typed). Each `import()` is made once; later calls share its promise.
 */
let profilesModule: Promise<typeof import('@/client/auth/deviceProfiles')> | undefined;
let actionsModule: Promise<typeof import('@/client/auth/appAuth')> | undefined;

export function loadDeviceProfiles() {
  profilesModule ??= import('@/client/auth/deviceProfiles');
  return profilesModule;
}

export function loadSignInActions() {
  actionsModule ??= import('@/client/auth/appAuth');
  return actionsModule;
}
