-- A migration only a newer version of the application has (SchemaMigrationsTest).
create table added_by_a_newer_version (id bigint not null primary key);
