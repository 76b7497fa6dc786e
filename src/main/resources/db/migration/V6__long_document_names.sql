-- Official titles often make file names longer than 255 characters: keep names of up to 1,000 characters whole
-- (DocumentService shortens longer ones, keeping the extension). SET DATA TYPE works on PostgreSQL and H2.
alter table proposal_document alter column filename set data type varchar(1000);
