/**
 * Every answer with a file's bytes carries this policy, from the server and from the
 * laptop's service worker alike: files are whatever staff uploaded, served from the app's
 * origin, and the sandbox makes an uploaded HTML or SVG page, opened directly, a document
 * without scripts and without the app's origin (it cannot read sessions or the laptop's
 * data). A PDF still opens in the browser's viewer, media still play.
 */
export const FILE_CONTENT_SECURITY_POLICY =
  "sandbox; default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
