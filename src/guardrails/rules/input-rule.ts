/** What the rules know about the message besides its text. */
export interface InputContext {
  /** The sender's own number (E.164): their own number is not someone else's personal information. */
  senderPhone?: string;
}

export interface Redaction {
  /** The rule's name, used as the redaction count's key. */
  kind: string;
  start: number;
  end: number;
  /** What stands in the text instead, e.g. "[ID number]". */
  placeholder: string;
}

/** One personal-information detector: finds spans to redact, changes nothing itself. */
export interface PiiRule {
  readonly kind: string;
  find(text: string, context: InputContext): Redaction[];
}
