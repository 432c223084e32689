/**
 * zod/mini carries no error messages of its own; this installs the English ones classic zod
 * installs on import, so the options page's validation errors read as before. Imported for its
 * effect by ./settings (the options page); the service worker never shows zod's messages.
 */
import { config } from "zod/mini";
import { en } from "zod/locales";

config(en());
