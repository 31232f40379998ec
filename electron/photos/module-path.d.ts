/**
 * electron-vite's `?modulePath` import: the module is bundled as a file of its own and the import
 * gives its absolute path (used for the HEIC worker). Declared here rather than through
 * electron-vite's type package, whose globals would also retype process.env for the whole project.
 */
declare module '*?modulePath' {
  const modulePath: string;
  export default modulePath;
}
