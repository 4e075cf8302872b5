CREATE INDEX `invoices_open_aging` ON `invoices` (`status`,`customer_id`,`due_date`,`invoice_date`,`open_cents`,`disputed`);--> statement-breakpoint
CREATE INDEX `invoices_settled_on` ON `invoices` (`settled_on`);--> statement-breakpoint
CREATE INDEX `invoices_archived_at` ON `invoices` (`archived_at`);--> statement-breakpoint
CREATE INDEX `invoices_invoice_date` ON `invoices` (`invoice_date`,`amount_cents`);--> statement-breakpoint
CREATE INDEX `bank_entries_booking_date` ON `bank_entries` (`booking_date`);