import { App, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from '@dx/i18n';
import { FormErrorAlert } from './FormErrorAlert';
import { useGraphQLForm } from './graphqlForm';
import { useLeaveGuard } from './useLeaveGuard';

export interface EntityFormModalProps<Values> {
  title: ReactNode;
  /** The write; throw the Apollo error to refuse (field errors land on their fields). */
  onSubmit: (values: Values) => Promise<unknown>;
  /** Closes the modal: with the write's result after a save, without one on cancel. */
  onClose: (saved?: unknown) => void;
  initialValues?: Partial<Values>;
  /** A toast after the save, e.g. t('common:state.saved'); none when omitted. */
  successMessage?: ReactNode;
  okText?: ReactNode;
  /** Used as the form's name (field ids become `<name>_<field>`). */
  name?: string;
  /** A desk namespace that words its own error codes. */
  namespace?: string;
  width?: number;
  /** The Form.Items. */
  children: ReactNode;
}

/**
 * Add or edit one record in a modal: a vertical form, Save disabled and spinning while the write is
 * in flight (Enter twice sends one request), server field errors beside their fields, other errors
 * above the buttons, and a question before unsaved changes are thrown away.
 */
export function EntityFormModal<Values extends object>({
  title,
  onSubmit,
  onClose,
  initialValues,
  successMessage,
  okText,
  name,
  namespace,
  width,
  children,
}: EntityFormModalProps<Values>) {
  const { t } = useTranslation('common');
  const { message, modal } = App.useApp();
  const { formProps, formError, submitting, dirty, submit } = useGraphQLForm<Values>({
    onSubmit,
    namespace,
    onSaved: (result) => {
      if (successMessage) void message.success(successMessage);
      onClose(result);
    },
  });
  useLeaveGuard(dirty);

  const cancel = () => {
    if (submitting) return;
    if (!dirty) return onClose();
    modal.confirm({
      title: t('form.unsavedTitle'),
      okText: t('form.discard'),
      cancelText: t('form.keepEditing'),
      okButtonProps: { danger: true },
      onOk: () => onClose(),
    });
  };

  return (
    <Modal
      open
      title={title}
      width={width}
      okText={okText ?? t('actions.save')}
      cancelText={t('actions.cancel')}
      okButtonProps={{ loading: submitting, disabled: submitting }}
      cancelButtonProps={{ disabled: submitting }}
      onOk={submit}
      onCancel={cancel}
      maskClosable={false}
      destroyOnHidden
    >
      <FormErrorAlert message={formError} />
      <Form<Values>
        {...formProps}
        layout="vertical"
        name={name}
        initialValues={initialValues}
        disabled={submitting}
      >
        {children}
        {/* Enter in a field submits the form (one request at a time, see useGraphQLForm). */}
        <button type="submit" hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
