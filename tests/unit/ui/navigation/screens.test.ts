import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '@/client/i18n/namespaces';
import { ROLES } from '@/domain/roles';
import { ROLE_SCREENS, Screen, screenFor } from '@/ui/navigation/screens';

describe('role navigation', () => {
  it('gives each role the screens of its work, and settings to everyone', () => {
    expect(ROLE_SCREENS.head).toEqual([
      'schoolSetup',
      'people',
      'timetable',
      'attendance',
      'reports',
      'gradebook',
      'achievement',
      'digitalTeacher',
      'parentReports',
      'journal',
      'lessons',
      'connectivity',
      'bundles',
      'settings',
    ]);
    expect(ROLE_SCREENS.teacher).toEqual([
      'today',
      'lessons',
      'library',
      'assessments',
      'gradebook',
      'parentReports',
      'achievement',
      'digitalTeacher',
      'reports',
      'journal',
      'schoolSetup',
      'connectivity',
      'bundles',
      'settings',
    ]);
    expect(ROLE_SCREENS.assistant).toEqual(['today', 'attendance', 'journal', 'schoolSetup', 'connectivity', 'bundles', 'settings']);
    expect(ROLE_SCREENS.pupil).toEqual(['selfStudy', 'myResults', 'bundles', 'settings']);
    expect(ROLE_SCREENS.methodologist).toEqual(['district', 'reports', 'settings']);
    for (const role of ROLES) expect(ROLE_SCREENS[role]).toContain('settings');
  });

  it('gives every staff member of the school the School screen (only the head may change it)', () => {
    for (const role of ['head', 'teacher', 'assistant'] as const) expect(ROLE_SCREENS[role]).toContain('schoolSetup');
  });

  it('keeps pupils away from staff screens', () => {
    for (const screen of ['gradebook', 'attendance', 'people', 'journal', 'reports', 'schoolSetup', 'digitalTeacher'] as const) {
      expect(ROLE_SCREENS.pupil).not.toContain(screen);
      expect(screenFor('pupil', screen)).toBe('selfStudy');
    }
  });

  it('shows the Digital teacher programme (staff-only low-income data) to the head and teachers only', () => {
    for (const role of ROLES) expect(ROLE_SCREENS[role].includes('digitalTeacher'), role).toBe(role === 'head' || role === 'teacher');
  });

  it("shows the school's link measurements (Байланыс) to its staff, who measure it, and to no one else", () => {
    for (const role of ROLES)
      expect(ROLE_SCREENS[role].includes('connectivity'), role).toBe(role === 'head' || role === 'teacher' || role === 'assistant');
  });

  it("opens the requested screen when the role has it, else the role's first screen", () => {
    expect(screenFor('teacher', 'library')).toBe('library');
    expect(screenFor('teacher', 'people')).toBe('today');
    expect(screenFor('assistant', 'schoolSetup')).toBe('schoolSetup');
    expect(screenFor('head', '')).toBe('schoolSetup');
    expect(screenFor('head', 'constructor')).toBe('schoolSetup');
    expect(screenFor('methodologist', undefined)).toBe('district');
  });

  it('has one translation namespace per screen, named like it', () => {
    for (const screen of Object.values(Screen)) expect(NAMESPACES).toContain(screen);
  });
});
