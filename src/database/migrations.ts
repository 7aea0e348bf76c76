import { CreateCitizenServiceSchema1795000000000 } from '../../migrations/1795000000000-CreateCitizenServiceSchema';
import { AddTicketLocationParts1795100000000 } from '../../migrations/1795100000000-AddTicketLocationParts';
import { AddInboundMessageRedactions1795200000000 } from '../../migrations/1795200000000-AddInboundMessageRedactions';
import { AddGuardrailSettingsAndTicketPriority1795300000000 } from '../../migrations/1795300000000-AddGuardrailSettingsAndTicketPriority';
import { CreateMediaAttachments1795400000000 } from '../../migrations/1795400000000-CreateMediaAttachments';

/**
 * Every migration, in order. Listed rather than globbed so the compiled app, the CLI and Jest load
 * exactly the same classes; a newly generated migration is added here after it has been reviewed.
 */
export const MIGRATIONS = [
  CreateCitizenServiceSchema1795000000000,
  AddTicketLocationParts1795100000000,
  AddInboundMessageRedactions1795200000000,
  AddGuardrailSettingsAndTicketPriority1795300000000,
  CreateMediaAttachments1795400000000,
];
