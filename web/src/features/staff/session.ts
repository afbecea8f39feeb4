// The session hooks live in lib/ (moderation and the navigation use them too); the staff pages import them from here.
export { useCurrentUser, useSignIn, useSignOut, canModerate, runsDialogues } from '../../lib/session';
