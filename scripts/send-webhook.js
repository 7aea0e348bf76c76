#!/usr/bin/env node
// Sends one correctly signed WhatsApp webhook to a running Letsema, as Twilio would, and prints the TwiML.
//
//   node scripts/send-webhook.js "No water at 12 Main Street"            (a text message)
//   node scripts/send-webhook.js --pin -26.2485 27.8540 "Orlando West"    (a location pin)
//
// Environment: BASE_URL (default http://localhost:3000; must equal the server's PUBLIC_BASE_URL),
// TWILIO_AUTH_TOKEN (default: the development token the server uses when none is set),
// TO (the municipality's number, default +27215550100), FROM (the citizen, default +27821234567).
const { randomBytes } = require('node:crypto');
const { getExpectedTwilioSignature } = require('twilio');

const baseUrl = (process.env.BASE_URL || 'http://localhost:3000').replace(/\/+$/, '');
const token = process.env.TWILIO_AUTH_TOKEN || 'dev-twilio-auth-token-not-secret';
const to = process.env.TO || '+27215550100';
const from = process.env.FROM || '+27821234567';
const path = '/api/v1/whatsapp/webhook';

const args = process.argv.slice(2);
const sid = `SM${randomBytes(16).toString('hex')}`;
const params = {
  AccountSid: `AC${'0'.repeat(32)}`,
  ApiVersion: '2010-04-01',
  From: `whatsapp:${from}`,
  To: `whatsapp:${to}`,
  MessageSid: sid,
  SmsMessageSid: sid,
  SmsSid: sid,
  SmsStatus: 'received',
  NumMedia: '0',
  NumSegments: '1',
  ProfileName: 'Thandi',
  WaId: from.replace('+', ''),
};
if (args[0] === '--pin') {
  Object.assign(params, { MessageType: 'location', Body: '', Latitude: args[1], Longitude: args[2], Address: args[3] || '' });
} else {
  Object.assign(params, { MessageType: 'text', Body: args.join(' ') || 'Hello' });
}

const signature = getExpectedTwilioSignature(token, baseUrl + path, params);
fetch(baseUrl + path, {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature },
  body: new URLSearchParams(params).toString(),
})
  .then(async (response) => {
    console.log(`HTTP ${response.status}`);
    console.log(await response.text());
  })
  .catch((error) => {
    console.error(`Could not reach ${baseUrl}: ${error.message}`);
    process.exit(1);
  });
