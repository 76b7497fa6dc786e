-- One row per cache a node keeps in memory. A change to what the cache holds bumps its version in the same
-- transaction; every node compares the version it loaded with this row (see CacheVersions) and reloads when
-- it differs, so a change made on one node is seen on all of them.
create table cache_version (
    name    varchar(40) primary key,
    version bigint      not null
);
insert into cache_version (name, version) values ('holidays', 0);
insert into cache_version (name, version) values ('accounts', 0);
