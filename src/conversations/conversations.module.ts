import { Module } from '@nestjs/common';
import { ConversationManager } from './conversation-manager';

@Module({
  providers: [ConversationManager],
  exports: [ConversationManager],
})
export class ConversationsModule {}
