/** The modal moved to components/ui (moderation uses it too); kept here for the conversation's imports. */
export { ModalDialog, type ModalDialogProps } from '../../../components/ui/modal-dialog';
