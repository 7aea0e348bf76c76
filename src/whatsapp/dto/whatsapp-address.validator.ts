import { ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { toE164 } from '../../common/phone/phone-number';

/** "whatsapp:+E164" (the prefix is optional), a number that exists. */
@ValidatorConstraint({ name: 'isWhatsAppAddress' })
export class IsWhatsAppAddress implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && toE164(value) !== undefined;
  }

  defaultMessage(args?: ValidationArguments): string {
    return `${args?.property ?? 'The address'} must be a WhatsApp address such as whatsapp:+27821234567`;
  }
}
