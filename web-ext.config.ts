import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode cannot launch a browser on a machine without a display; `npm run demo` does that instead.
export default defineWebExtConfig({ disabled: true });
