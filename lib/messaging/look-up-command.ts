// The manifest's name for the command that explains the selection (wxt.config.ts), bound to
// Alt+Shift+K by default; the background answers it and the context-menu item alike.
export const LOOK_UP_SELECTION_COMMAND = 'look-up-selection';
