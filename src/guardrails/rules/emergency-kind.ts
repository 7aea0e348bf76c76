/** What kind of danger to life a message describes; each has its own safety advice in the replies. */
export const EMERGENCY_KINDS = ['fire', 'injury', 'violence', 'electrocution', 'drowning', 'flooding'] as const;
export type EmergencyKind = (typeof EMERGENCY_KINDS)[number];
