/** Shows enough of a phone number to correlate log lines, not enough to identify a citizen. */
export function maskPhone(phone: string | undefined | null): string {
  if (!phone) return '-';
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 4) return '***';
  return `+${digits.slice(0, 2)}***${digits.slice(-3)}`;
}
