import { ExecutionContext } from '@nestjs/common';
import { DomainError } from '../common/errors/domain.error';
import { AppConfig } from '../config/app-config';
import { validateEnvironment } from '../config/environment';
import { TwilioSignatureGuard } from './twilio-signature.guard';

// Test vector V2 of shared/twilio-contract.md, computed with twilio@6.2.0.
const TOKEN = 'test_auth_token_0123456789abcdef';
const PARAMS = {
  AccountSid: 'AC00000000000000000000000000000000',
  ApiVersion: '2010-04-01',
  Body: 'Hello',
  From: 'whatsapp:+27821234567',
  MessageSid: 'SM11111111111111111111111111111111',
  MessageType: 'text',
  NumMedia: '0',
  NumSegments: '1',
  ProfileName: 'Thandi',
  SmsMessageSid: 'SM11111111111111111111111111111111',
  SmsSid: 'SM11111111111111111111111111111111',
  SmsStatus: 'received',
  To: 'whatsapp:+14155238886',
  WaId: '27821234567',
};
const SIGNATURE = 'eqVciFaXEl3JO3BMTojhwPVeuwY=';

function contextFor(request: { originalUrl: string; path: string; body: unknown; signature?: string }): ExecutionContext {
  const http = {
    getRequest: () => ({ ...request, header: (name: string) => (name === 'x-twilio-signature' ? request.signature : undefined) }),
  };
  return { switchToHttp: () => http } as unknown as ExecutionContext;
}

describe(TwilioSignatureGuard.name, () => {
  const sut = (publicBaseUrl = 'https://api.example.org') =>
    new TwilioSignatureGuard(new AppConfig(validateEnvironment({ TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_BASE_URL: publicBaseUrl })));
  const path = '/webhooks/twilio/whatsapp';

  it("accepts Twilio's signature over the public URL, whatever host the proxy forwarded to", () => {
    expect(sut().canActivate(contextFor({ originalUrl: path, path, body: PARAMS, signature: SIGNATURE }))).toBe(true);
  });

  it('accepts the signature when the public URL carries the default port', () => {
    expect(sut('https://api.example.org:443').canActivate(contextFor({ originalUrl: path, path, body: PARAMS, signature: SIGNATURE }))).toBe(
      true,
    );
  });

  it.each([
    ['a changed field', { body: { ...PARAMS, Body: 'Hellp' }, signature: SIGNATURE }],
    ['no signature', { body: PARAMS, signature: undefined }],
    ['an empty body', { body: undefined, signature: SIGNATURE }],
  ])('rejects %s', (_label, request) => {
    expect(() => sut().canActivate(contextFor({ originalUrl: path, path, ...request }))).toThrow(DomainError);
  });

  it('rejects the signature when the public URL is http and Twilio called https', () => {
    expect(() => sut('http://api.example.org').canActivate(contextFor({ originalUrl: path, path, body: PARAMS, signature: SIGNATURE }))).toThrow(
      DomainError,
    );
  });
});
