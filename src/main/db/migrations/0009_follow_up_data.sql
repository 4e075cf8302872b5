-- Carries follow-up records of older files into the new model before the next migration adds its checks:
-- a promise's single invoice moves to promise_invoices, free-text dispute reasons become 'other' with the
-- text kept as the debtor's note, 'resolved' disputes are 'accepted' (the old status check does not know
-- that value yet, so checks are off for that one statement), and plans learn their instalment count.
INSERT INTO `promise_invoices` (`promise_id`, `invoice_id`) SELECT `id`, `invoice_id` FROM `promises` WHERE `invoice_id` IS NOT NULL;--> statement-breakpoint
UPDATE `disputes` SET `note` = `reason`, `reason` = 'other' WHERE `reason` NOT IN ('price', 'quality', 'not_delivered', 'not_received', 'already_paid', 'other');--> statement-breakpoint
PRAGMA ignore_check_constraints = ON;--> statement-breakpoint
UPDATE `disputes` SET `status` = 'accepted' WHERE `status` = 'resolved';--> statement-breakpoint
PRAGMA ignore_check_constraints = OFF;--> statement-breakpoint
UPDATE `payment_plans` SET `instalment_count` = (SELECT count(*) FROM `plan_instalments` WHERE `plan_id` = `payment_plans`.`id` AND `seq` > 0);
