import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { LanguageSwitcher } from '@dx/design-system';
import { SignInDocument, describeError, sessionEndReason, startSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';

interface Credentials {
  username: string;
  password: string;
}

export function SignInPage() {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const location = useLocation();
  const [signIn, { loading }] = useMutation(SignInDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const expired = sessionEndReason() === 'expired';

  const submit = async ({ username, password }: Credentials) => {
    setFailure(null);
    try {
      const { data } = await signIn({ variables: { username: username.trim(), password } });
      if (!data) return;
      startSession(data.login);
      const from = (location.state as { from?: string } | null)?.from;
      void navigate(from && from !== '/signin' ? from : '/', { replace: true });
    } catch (error) {
      setFailure(describeError(error));
    }
  };

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', background: '#f5f0eb', padding: 16 }}>
      <Card style={{ width: 400, maxWidth: '100%' }}>
        <Flex justify="end">
          <LanguageSwitcher />
        </Flex>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('appName')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('signIn.subtitle')}</Typography.Paragraph>
        {expired && !failure && <Alert type="info" showIcon title={t('signIn.expired')} style={{ marginBottom: 16 }} />}
        {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
        <Form<Credentials> layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
          <Form.Item name="username" label={t('signIn.username')} rules={[{ required: true, message: t('signIn.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: t('signIn.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading}>
            {t('signIn.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
