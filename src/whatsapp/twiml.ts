import { twiml } from 'twilio';

/** TwiML that sends each part as one WhatsApp message (none for an empty list). */
export function messagingResponse(parts: string[]): string {
  const response = new twiml.MessagingResponse();
  for (const part of parts) if (part) response.message(part);
  return response.toString();
}
