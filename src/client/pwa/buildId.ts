/**
 * Which build this is: `SANDYQ_BUILD_ID` at build time (a deploy's id), else the package
 * version with the build time. Shown in settings and on `<html data-build-id>`, so a
 * person (or a test) can tell which of several deployed versions is running.
 */
declare const __SANDYQ_BUILD_ID__: string | undefined;

export const BUILD_ID: string = typeof __SANDYQ_BUILD_ID__ === 'string' ? __SANDYQ_BUILD_ID__ : 'development';
