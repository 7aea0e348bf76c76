import { redactPersonalInformation } from './pii-redactor';
import { isSaIdNumber } from './rules/sa-id-number.rule';

// Valid by construction: date of birth 1980-01-01, citizen, Luhn check digit.
const VALID_ID = '8001015009087';
const sender = { senderPhone: '+27821234567' };
const redact = (text: string) => redactPersonalInformation(text, sender);

describe('redactPersonalInformation', () => {
  describe('South African ID numbers', () => {
    it('recognises a valid ID: real date of birth, citizenship digit and Luhn check', () => {
      expect(isSaIdNumber(VALID_ID)).toBe(true);
      expect(isSaIdNumber('8001015009088')).toBe(false); // check digit off by one
      expect(isSaIdNumber('8013015009087')).toBe(false); // month 13
      expect(isSaIdNumber('8002305009080')).toBe(false); // 30 February
      expect(isSaIdNumber('1234567890123')).toBe(false);
    });

    it.each([
      [`My ID is ${VALID_ID}, the water is off`, 'My ID is [ID number], the water is off'],
      ['ID: 800101 5009 087 please help', 'ID: [ID number] please help'],
      [`Inombolo kamazisi ${VALID_ID}`, 'Inombolo kamazisi [ID number]'],
    ])('redacts %p', (text, expected) => {
      expect(redact(text)).toEqual({ text: expected, counts: { sa_id_number: 1 } });
    });

    it('leaves random 13-digit numbers, and a meter number that happens to pass the checks', () => {
      expect(redact('Meter 1234567890123 is not working').text).toBe('Meter 1234567890123 is not working');
      expect(redact(`Prepaid meter ${VALID_ID} shows an error`).text).toBe(`Prepaid meter ${VALID_ID} shows an error`);
    });

    it('leaves "my ID is lost" alone', () => {
      expect(redact('my ID is lost, where do I go?')).toEqual({ text: 'my ID is lost, where do I go?', counts: {} });
    });
  });

  describe('bank cards', () => {
    it.each(['4111 1111 1111 1111', '5500-0000-0000-0004', '4111111111111111'])('redacts the card number %p', (card) => {
      expect(redact(`I paid with ${card} but no token`)).toEqual({ text: 'I paid with [card number] but no token', counts: { card_number: 1 } });
    });

    it('leaves a 16-digit number that fails the Luhn check', () => {
      expect(redact('Reference 4111111111111112').text).toBe('Reference 4111111111111112');
    });
  });

  describe('bank accounts', () => {
    it('redacts an account number beside banking words', () => {
      expect(redact('Refund to my FNB account 62123456789 please')).toEqual({
        text: 'Refund to my FNB account [bank account] please',
        counts: { bank_account: 1 },
      });
    });

    it('keeps a municipal account number, which billing needs', () => {
      expect(redact('My municipal account 5001234567 is wrong').text).toBe('My municipal account 5001234567 is wrong');
      expect(redact('Account no 220011334455 overcharged for rates').text).toBe('Account no 220011334455 overcharged for rates');
    });

    it('redacts an account at a bank named with a Nguni prefix ("yaseFNB")', () => {
      expect(redact('Nceda nifake imali ebuyayo kwi-akhawunti yam yaseFNB 62845517702').text).toBe(
        'Nceda nifake imali ebuyayo kwi-akhawunti yam yaseFNB [bank account]',
      );
    });

    it('keeps the municipal account named after a banking word, and still redacts the bank account named after it', () => {
      const paidByEft = 'Ke duela jang rates ka EFT, akhaonto ya masepala ke 5502938471';
      expect(redact(paidByEft).text).toBe(paidByEft);
      expect(redact('My municipal account is 5001234567, refund to my Capitec account 1234567890').text).toBe(
        'My municipal account is 5001234567, refund to my Capitec account [bank account]',
      );
    });
  });

  describe('other kinds', () => {
    it('redacts email addresses', () => {
      expect(redact('email me at thandi.m@example.co.za')).toEqual({ text: 'email me at [email]', counts: { email_address: 1 } });
    });

    it('redacts a passport number beside the word passport', () => {
      expect(redact('My passport A12345678 expired').text).toBe('My passport [passport number] expired');
      expect(redact('Stand A12345678').text).toBe('Stand A12345678');
    });

    it.each([
      ['ve', 'Nomboro ya pasipoto yanga ndi A09876543, ndi ṱoḓa u ...'],
      ['zu', 'Inombolo ye-iphasiphothi yami ngu A09876543'],
      ['xh', 'Inombolo yepaspoti yam ngu A09876543'],
      ['st', 'Nomoro ya phasepoto ya ka ke A09876543'],
      ['tn', 'Nomoro ya pasaporoto ya me ke A09876543'],
      ['ts', 'Nomboro ya paspoto ya mina i A09876543'],
    ])('redacts a passport number beside the word for passport in %s', (_lang, text) => {
      expect(redact(text).text).not.toContain('A09876543');
    });

    it("redacts other people's phone numbers but not the sender's own", () => {
      expect(redact('Call my neighbour on 083 555 1234 or me on 082 123 4567')).toEqual({
        text: 'Call my neighbour on [phone number] or me on 082 123 4567',
        counts: { phone_number: 1 },
      });
      expect(redact('Contact +27 83 555 1234').text).toBe('Contact [phone number]');
    });

    it("redacts a person's number given after a meter word", () => {
      expect(redact('The landlord must fix the meter box, his number is 072 481 3396, call him').text).toBe(
        'The landlord must fix the meter box, his number is [phone number], call him',
      );
      expect(redact('Die meterkas is stukkend, skakel my buurman by 083 555 0192').text).toBe('Die meterkas is stukkend, skakel my buurman by [phone number]');
      expect(redact('my meter number is 0712345678').text).toBe('my meter number is 0712345678');
    });

    it('keeps a meter number that looks like a phone number', () => {
      expect(redact('meter 0412345678 leaking').text).toBe('meter 0412345678 leaking');
      expect(redact('Mitara 0401234567 e ka lekolwa?').text).toBe('Mitara 0401234567 e ka lekolwa?');
    });

    it('counts several kinds at once', () => {
      expect(redact(`ID ${VALID_ID}, email a@b.co, cell 0835551234`).counts).toEqual({
        sa_id_number: 1,
        email_address: 1,
        phone_number: 1,
      });
    });
  });
});

describe('redactPersonalInformation, written in odd ways', () => {
  const redact = (text: string) => redactPersonalInformation(text, { senderPhone: '+27821234567' });

  it('finds an ID however its digits are grouped, even right after another number', () => {
    expect(redact('ID 80 01 01 5009 08 7').text).toBe('ID [ID number]');
    expect(redact('cell 083 555 1234 8001015009087').text).toBe('cell [phone number] [ID number]');
  });

  it('finds an email address spelled out with (at)', () => {
    expect(redact('write to lindiwe.z(at)gmail.com').text).toBe('write to [email]');
  });

  it('does not take "theft" or "left" for banking words', () => {
    expect(redact('Cable theft again near pole 4471236').text).toBe('Cable theft again near pole 4471236');
    expect(redact('The meter 12345678 on the left wall').text).toBe('The meter 12345678 on the left wall');
  });
});
