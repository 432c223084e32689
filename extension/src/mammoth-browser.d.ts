/** mammoth's prebuilt browser bundle has no typings of its own; read-document.ts types what it uses. */
declare module "mammoth/mammoth.browser.min.js";
