<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>coop::Tr</name>
    <message>
        <source>--store FILE is required.</source>
        <translation>--store FILE is required.</translation>
    </message>
    <message>
        <source>--%1 is required for this command.</source>
        <translation>--%1 is required for this command.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file: %1.</source>
        <translation>Cannot read the passphrase file: %1.</translation>
    </message>
    <message>
        <source>The passphrase file is empty.</source>
        <translation>The passphrase file is empty.</translation>
    </message>
    <message>
        <source>COOPDESK_PASSPHRASE is empty.</source>
        <translation>COOPDESK_PASSPHRASE is empty.</translation>
    </message>
    <message>
        <source>No passphrase: give --%1 FILE or set COOPDESK_PASSPHRASE.</source>
        <translation>No passphrase: give --%1 FILE or set COOPDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>--%1 FILE is required for this command.</source>
        <translation>--%1 FILE is required for this command.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <translation>usage error: %1</translation>
    </message>
    <message>
        <source>Run coopdesk-cli --help for the commands.</source>
        <translation>Run coopdesk-cli --help for the commands.</translation>
    </message>
    <message>
        <source>CoopDesk command line.

Commands:
  store init                 create an encrypted store (--name, --kdf)
  store check                check the store; prints &quot;ok&quot; or the problems
  store key                  print the raw data key as 64 hex digits
  store passphrase           change the passphrase (--new-passphrase-file)
  store backup               write an encrypted backup (--out, --backup-passphrase-file)
  store restore              restore a backup into --store (--in, --backup-passphrase-file, --replace)

The store&apos;s passphrase comes from --passphrase-file FILE or the COOPDESK_PASSPHRASE variable, never from the command line.
Exit status: 0 done, 1 failed (the reason on stderr), 2 wrong command line.</source>
        <translation>CoopDesk command line.

Commands:
  store init                 create an encrypted store (--name, --kdf)
  store check                check the store; prints &quot;ok&quot; or the problems
  store key                  print the raw data key as 64 hex digits
  store passphrase           change the passphrase (--new-passphrase-file)
  store backup               write an encrypted backup (--out, --backup-passphrase-file)
  store restore              restore a backup into --store (--in, --backup-passphrase-file, --replace)

The store&apos;s passphrase comes from --passphrase-file FILE or the COOPDESK_PASSPHRASE variable, never from the command line.
Exit status: 0 done, 1 failed (the reason on stderr), 2 wrong command line.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>The store file.</translation>
    </message>
    <message>
        <source>Read the store&apos;s passphrase from FILE.</source>
        <translation>Read the store&apos;s passphrase from FILE.</translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE.</source>
        <translation>Read the new passphrase from FILE.</translation>
    </message>
    <message>
        <source>Read the backup&apos;s passphrase from FILE.</source>
        <translation>Read the backup&apos;s passphrase from FILE.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>The file to read.</translation>
    </message>
    <message>
        <source>The store&apos;s name (store init).</source>
        <translation>The store&apos;s name (store init).</translation>
    </message>
    <message>
        <source>Passphrase hardening: moderate (default) or interactive.</source>
        <translation>Passphrase hardening: moderate (default) or interactive.</translation>
    </message>
    <message>
        <source>Let store restore replace an existing store.</source>
        <translation>Let store restore replace an existing store.</translation>
    </message>
    <message>
        <source>The command group, then its action.</source>
        <translation>The command group, then its action.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>no command given.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--kdf takes &quot;moderate&quot; or &quot;interactive&quot;, not &quot;%1&quot;.</source>
        <translation>--kdf takes &quot;moderate&quot; or &quot;interactive&quot;, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Created the store %1 (schema version %2).</source>
        <translation>Created the store %1 (schema version %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>Restored %1 into %2 (schema version %3).</source>
        <translation>Restored %1 into %2 (schema version %3).</translation>
    </message>
    <message>
        <source>store takes one action: init, check, key, passphrase, backup or restore.</source>
        <translation>store takes one action: init, check, key, passphrase, backup or restore.</translation>
    </message>
    <message>
        <source>unknown store action &quot;%1&quot;.</source>
        <translation>unknown store action &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot split %1: there are no weights to split it over.</source>
        <translation>Cannot split %1: there are no weights to split it over.</translation>
    </message>
    <message>
        <source>Cannot split %1: the weight at index %2 is %3, and weights must not be negative.</source>
        <translation>Cannot split %1: the weight at index %2 is %3, and weights must not be negative.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot split %1: all %n weights are zero.</source>
        <translation>
            <numerusform>Cannot split %1: its %n weight is zero.</numerusform>
            <numerusform>Cannot split %1: all %n weights are zero.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large for a unit price.</source>
        <translation>%1 is too large for a unit price.</translation>
    </message>
    <message>
        <source>“%1” is not a unit price: expected digits with an optional sign and at most five decimals after &apos;.&apos; or &apos;,&apos;, such as 12.5 or 0.12345.</source>
        <translation>“%1” is not a unit price: expected digits with an optional sign and at most five decimals after &apos;.&apos; or &apos;,&apos;, such as 12.5 or 0.12345.</translation>
    </message>
    <message>
        <source>“%1” has more than five decimals, the most a unit price can have.</source>
        <translation>“%1” has more than five decimals, the most a unit price can have.</translation>
    </message>
    <message>
        <source>“%1” is too large for a unit price.</source>
        <translation>“%1” is too large for a unit price.</translation>
    </message>
    <message>
        <source>%1 × %2 € is too large for a line amount.</source>
        <translation>%1 × %2 € is too large for a line amount.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity: expected digits with an optional sign and at most three decimals after &apos;.&apos; or &apos;,&apos;, such as 3.5 or 151.67.</source>
        <translation>“%1” is not a quantity: expected digits with an optional sign and at most three decimals after &apos;.&apos; or &apos;,&apos;, such as 3.5 or 151.67.</translation>
    </message>
    <message>
        <source>“%1” has more than three decimals, the most a quantity can have.</source>
        <translation>“%1” has more than three decimals, the most a quantity can have.</translation>
    </message>
    <message>
        <source>“%1” is too large for a quantity.</source>
        <translation>“%1” is too large for a quantity.</translation>
    </message>
    <message>
        <source>%1 is too large for an exact amount (at most about 92 billion euros).</source>
        <translation>%1 is too large for an exact amount (at most about 92 billion euros).</translation>
    </message>
    <message>
        <source>“%1” is not an amount: expected digits with an optional sign and at most eight decimals after &apos;.&apos; or &apos;,&apos;, such as 0.432075 or -1.5.</source>
        <translation>“%1” is not an amount: expected digits with an optional sign and at most eight decimals after &apos;.&apos; or &apos;,&apos;, such as 0.432075 or -1.5.</translation>
    </message>
    <message>
        <source>“%1” has more than eight decimals, the most an exact amount can have.</source>
        <translation>“%1” has more than eight decimals, the most an exact amount can have.</translation>
    </message>
    <message>
        <source>“%1” is too large for an exact amount.</source>
        <translation>“%1” is too large for an exact amount.</translation>
    </message>
    <message>
        <source>The sum of %1 and %2 is too large for an exact amount.</source>
        <translation>The sum of %1 and %2 is too large for an exact amount.</translation>
    </message>
    <message>
        <source>%1 minus %2 is too large for an exact amount.</source>
        <translation>%1 minus %2 is too large for an exact amount.</translation>
    </message>
    <message numerus="yes">
        <source>The sum of %n amounts is too large for an exact amount.</source>
        <translation>
            <numerusform>The sum of %n amount is too large for an exact amount.</numerusform>
            <numerusform>The sum of %n amounts is too large for an exact amount.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 % is too large for an amount.</source>
        <translation>%1 × %2 % is too large for an amount.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: expected digits with an optional sign and at most two decimals after &apos;.&apos; or &apos;,&apos;, such as 1234.56 or -0,5.</source>
        <translation>“%1” is not an amount: expected digits with an optional sign and at most two decimals after &apos;.&apos; or &apos;,&apos;, such as 1234.56 or -0,5.</translation>
    </message>
    <message>
        <source>“%1” has more than two decimals: an amount is counted in whole cents.</source>
        <translation>“%1” has more than two decimals: an amount is counted in whole cents.</translation>
    </message>
    <message>
        <source>“%1” is too large for an amount.</source>
        <translation>“%1” is too large for an amount.</translation>
    </message>
    <message>
        <source>The sum of %1 and %2 is too large for an amount.</source>
        <translation>The sum of %1 and %2 is too large for an amount.</translation>
    </message>
    <message>
        <source>%1 minus %2 is too large for an amount.</source>
        <translation>%1 minus %2 is too large for an amount.</translation>
    </message>
    <message numerus="yes">
        <source>The sum of %n amounts is too large for an amount.</source>
        <translation>
            <numerusform>The sum of %n amount is too large for an amount.</numerusform>
            <numerusform>The sum of %n amounts is too large for an amount.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 is too large for an amount.</source>
        <translation>%1 × %2 is too large for an amount.</translation>
    </message>
    <message>
        <source>a non-empty text is required</source>
        <translation>a non-empty text is required</translation>
    </message>
    <message>
        <source>a whole number is required</source>
        <translation>a whole number is required</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>must be at least %1</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected insert, update, delete or command)</source>
        <translation>unknown kind &quot;%1&quot; (expected insert, update, delete or command)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>&quot;%1&quot; is not a UUID</translation>
    </message>
    <message>
        <source>an object is required</source>
        <translation>an object is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>&quot;%1&quot; is not an ISO 8601 date and time</translation>
    </message>
    <message>
        <source>“%1” is not a percentage: expected digits with an optional sign and decimals after &apos;.&apos; or &apos;,&apos;, without &apos;%&apos;, such as 20, 5.5 or 0.016.</source>
        <translation>“%1” is not a percentage: expected digits with an optional sign and decimals after &apos;.&apos; or &apos;,&apos;, without &apos;%&apos;, such as 20, 5.5 or 0.016.</translation>
    </message>
    <message>
        <source>“%1” has more than six decimals: a percentage is exact to 0.000001 % only.</source>
        <translation>“%1” has more than six decimals: a percentage is exact to 0.000001 % only.</translation>
    </message>
    <message>
        <source>The percentage “%1” is too large for a rate.</source>
        <translation>The percentage “%1” is too large for a rate.</translation>
    </message>
    <message>
        <source>“%1” is not a coefficient: expected digits with an optional sign and decimals after &apos;.&apos; or &apos;,&apos;, such as 0.3781 or 1.</source>
        <translation>“%1” is not a coefficient: expected digits with an optional sign and decimals after &apos;.&apos; or &apos;,&apos;, such as 0.3781 or 1.</translation>
    </message>
    <message>
        <source>“%1” has more than eight decimals: a coefficient is exact to 0.00000001 only.</source>
        <translation>“%1” has more than eight decimals: a coefficient is exact to 0.00000001 only.</translation>
    </message>
    <message>
        <source>“%1” is too large for a coefficient.</source>
        <translation>“%1” is too large for a coefficient.</translation>
    </message>
    <message>
        <source>%1 % × %2 % is too large for a rate.</source>
        <translation>%1 % × %2 % is too large for a rate.</translation>
    </message>
    <message>
        <source>Cannot divide %1 by zero.</source>
        <translation>Cannot divide %1 by zero.</translation>
    </message>
    <message>
        <source>The quotient of %1 divided by %2 is too large to be stored.</source>
        <translation>The quotient of %1 divided by %2 is too large to be stored.</translation>
    </message>
    <message>
        <source>Cannot divide %1 × %2 by zero.</source>
        <translation>Cannot divide %1 × %2 by zero.</translation>
    </message>
    <message>
        <source>The result of %1 × %2 / %3 is too large to be stored.</source>
        <translation>The result of %1 × %2 / %3 is too large to be stored.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (%1 MiB needed).</source>
        <translation>Not enough memory to derive the key from the passphrase (%1 MiB needed).</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Wrong passphrase.</translation>
    </message>
    <message>
        <source>The key file is damaged: %1.</source>
        <translation>The key file is damaged: %1.</translation>
    </message>
    <message>
        <source>This is not a CoopDesk key file.</source>
        <translation>This is not a CoopDesk key file.</translation>
    </message>
    <message>
        <source>This key file has version %1; this CoopDesk reads version %2.</source>
        <translation>This key file has version %1; this CoopDesk reads version %2.</translation>
    </message>
    <message>
        <source>The key file names an unknown algorithm.</source>
        <translation>The key file names an unknown algorithm.</translation>
    </message>
    <message>
        <source>The key file is incomplete or damaged.</source>
        <translation>The key file is incomplete or damaged.</translation>
    </message>
    <message>
        <source>The key file of this store is missing.</source>
        <translation>The key file of this store is missing.</translation>
    </message>
    <message>
        <source>Cannot read the key file: %1.</source>
        <translation>Cannot read the key file: %1.</translation>
    </message>
    <message>
        <source>Cannot write the key file: %1.</source>
        <translation>Cannot write the key file: %1.</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s schema.</source>
        <translation>Cannot read the store&apos;s schema.</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s schema version.</source>
        <translation>Cannot read the store&apos;s schema version.</translation>
    </message>
    <message>
        <source>This store was written by a newer CoopDesk (schema version %1; this version knows up to %2). Install a newer CoopDesk to open it.</source>
        <translation>This store was written by a newer CoopDesk (schema version %1; this version knows up to %2). Install a newer CoopDesk to open it.</translation>
    </message>
    <message>
        <source>Cannot start migration %1.</source>
        <translation>Cannot start migration %1.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed:</source>
        <translation>Migration %1 (%2) failed:</translation>
    </message>
    <message>
        <source>Cannot record migration %1.</source>
        <translation>Cannot record migration %1.</translation>
    </message>
    <message>
        <source>Cannot commit migration %1.</source>
        <translation>Cannot commit migration %1.</translation>
    </message>
    <message>
        <source>Cannot read the setting %1: %2</source>
        <translation>Cannot read the setting %1: %2</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>The busy timeout must be a number of milliseconds, not &quot;%1&quot;.</source>
        <translation>The busy timeout must be a number of milliseconds, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown or malformed connection option &quot;%1&quot;.</source>
        <translation>Unknown or malformed connection option &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The SQLite library loaded in this process is not SQLCipher (another SQLite, such as Qt&apos;s QSQLITE plugin, was loaded first): refusing to open a database that would not be encrypted.</source>
        <translation>The SQLite library loaded in this process is not SQLCipher (another SQLite, such as Qt&apos;s QSQLITE plugin, was loaded first): refusing to open a database that would not be encrypted.</translation>
    </message>
    <message>
        <source>The SQL script is too large.</source>
        <translation>The SQL script is too large.</translation>
    </message>
    <message>
        <source>The SQL script failed at line %1, in &quot;%2&quot;.</source>
        <translation>The SQL script failed at line %1, in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No database key was given: this driver never opens an unencrypted database.</source>
        <translation>No database key was given: this driver never opens an unencrypted database.</translation>
    </message>
    <message>
        <source>The database key must be 64 hexadecimal digits.</source>
        <translation>The database key must be 64 hexadecimal digits.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>Cannot open the database file %1.</translation>
    </message>
    <message>
        <source>Cannot apply the database key.</source>
        <translation>Cannot apply the database key.</translation>
    </message>
    <message>
        <source>Cannot apply the cipher setting &quot;%1&quot;.</source>
        <translation>Cannot apply the cipher setting &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrong key, or %1 is not an encrypted CoopDesk store.</source>
        <translation>Wrong key, or %1 is not an encrypted CoopDesk store.</translation>
    </message>
    <message>
        <source>Cannot read the database %1.</source>
        <translation>Cannot read the database %1.</translation>
    </message>
    <message>
        <source>Cannot begin the transaction.</source>
        <translation>Cannot begin the transaction.</translation>
    </message>
    <message>
        <source>Cannot commit the transaction.</source>
        <translation>Cannot commit the transaction.</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction.</source>
        <translation>Cannot roll back the transaction.</translation>
    </message>
    <message>
        <source>The statement is too large.</source>
        <translation>The statement is too large.</translation>
    </message>
    <message>
        <source>Unable to prepare the statement.</source>
        <translation>Unable to prepare the statement.</translation>
    </message>
    <message>
        <source>The query contains no SQL statement.</source>
        <translation>The query contains no SQL statement.</translation>
    </message>
    <message>
        <source>A query runs exactly one SQL statement; run scripts of several statements with sqlCipherExecScript().</source>
        <translation>A query runs exactly one SQL statement; run scripts of several statements with sqlCipherExecScript().</translation>
    </message>
    <message>
        <source>A value is bound to %1, which is not a placeholder of the statement.</source>
        <translation>A value is bound to %1, which is not a placeholder of the statement.</translation>
    </message>
    <message>
        <source>The placeholder %1 occurs several times with different values.</source>
        <translation>The placeholder %1 occurs several times with different values.</translation>
    </message>
    <message>
        <source>Parameter count mismatch: no value is bound to %1.</source>
        <translation>Parameter count mismatch: no value is bound to %1.</translation>
    </message>
    <message>
        <source>The value %1 does not fit a 64-bit signed integer.</source>
        <translation>The value %1 does not fit a 64-bit signed integer.</translation>
    </message>
    <message>
        <source>Values of type %1 cannot be stored.</source>
        <translation>Values of type %1 cannot be stored.</translation>
    </message>
    <message>
        <source>Unable to bind a value to the statement.</source>
        <translation>Unable to bind a value to the statement.</translation>
    </message>
    <message>
        <source>No statement is prepared.</source>
        <translation>No statement is prepared.</translation>
    </message>
    <message>
        <source>Unable to fetch the next row.</source>
        <translation>Unable to fetch the next row.</translation>
    </message>
    <message>
        <source>Unable to execute the statement.</source>
        <translation>Unable to execute the statement.</translation>
    </message>
    <message>
        <source>Cannot configure the store (%1).</source>
        <translation>Cannot configure the store (%1).</translation>
    </message>
    <message>
        <source>The file cannot be opened as an encrypted store: it is damaged, truncated, or its key does not belong to it (%1).</source>
        <translation>The file cannot be opened as an encrypted store: it is damaged, truncated, or its key does not belong to it (%1).</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s identity.</source>
        <translation>Cannot read the store&apos;s identity.</translation>
    </message>
    <message>
        <source>The store has no &quot;%1&quot; record: it was not created by CoopDesk or its creation did not finish.</source>
        <translation>The store has no &quot;%1&quot; record: it was not created by CoopDesk or its creation did not finish.</translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; could not run.</source>
        <translation>The check &quot;%1&quot; could not run.</translation>
    </message>
    <message>
        <source>No file name was given for the store.</source>
        <translation>No file name was given for the store.</translation>
    </message>
    <message>
        <source>A store already exists here; open it, or choose another file name.</source>
        <translation>A store already exists here; open it, or choose another file name.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Schema version %1 does not exist (1 to %2).</source>
        <translation>Schema version %1 does not exist (1 to %2).</translation>
    </message>
    <message>
        <source>Cannot start writing the new store.</source>
        <translation>Cannot start writing the new store.</translation>
    </message>
    <message>
        <source>Cannot write the store&apos;s identity.</source>
        <translation>Cannot write the store&apos;s identity.</translation>
    </message>
    <message>
        <source>There is no store at this path.</source>
        <translation>There is no store at this path.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not unlock this store. Nothing was changed.</source>
        <translation>Wrong passphrase: it does not unlock this store. Nothing was changed.</translation>
    </message>
    <message>
        <source>The file is an empty database, not a CoopDesk store.</source>
        <translation>The file is an empty database, not a CoopDesk store.</translation>
    </message>
    <message>
        <source>The key file belongs to another store (%1, not %2).</source>
        <translation>The key file belongs to another store (%1, not %2).</translation>
    </message>
    <message>
        <source>Cannot read the device identity.</source>
        <translation>Cannot read the device identity.</translation>
    </message>
    <message>
        <source>The store has no device identity.</source>
        <translation>The store has no device identity.</translation>
    </message>
    <message>
        <source>The backup passphrase is empty.</source>
        <translation>The backup passphrase is empty.</translation>
    </message>
    <message>
        <source>A file with this name exists already; choose another name for the backup.</source>
        <translation>A file with this name exists already; choose another name for the backup.</translation>
    </message>
    <message>
        <source>Cannot create the backup file.</source>
        <translation>Cannot create the backup file.</translation>
    </message>
    <message>
        <source>Cannot copy the store into the backup.</source>
        <translation>Cannot copy the store into the backup.</translation>
    </message>
    <message>
        <source>The backup did not read back correctly: %1</source>
        <translation>The backup did not read back correctly: %1</translation>
    </message>
    <message>
        <source>Cannot rename the finished backup into place.</source>
        <translation>Cannot rename the finished backup into place.</translation>
    </message>
    <message>
        <source>The backup file does not exist.</source>
        <translation>The backup file does not exist.</translation>
    </message>
    <message>
        <source>The passphrase for the restored store is empty.</source>
        <translation>The passphrase for the restored store is empty.</translation>
    </message>
    <message>
        <source>A store already exists here; restore to another file name, or ask to replace it.</source>
        <translation>A store already exists here; restore to another file name, or ask to replace it.</translation>
    </message>
    <message>
        <source>The backup passphrase is wrong, or the file is not a CoopDesk backup. Nothing was changed.</source>
        <translation>The backup passphrase is wrong, or the file is not a CoopDesk backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>This backup was written by a newer CoopDesk (schema version %1; this version knows up to %2).</source>
        <translation>This backup was written by a newer CoopDesk (schema version %1; this version knows up to %2).</translation>
    </message>
    <message>
        <source>The backup holds no CoopDesk store.</source>
        <translation>The backup holds no CoopDesk store.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1</source>
        <translation>The backup is damaged: %1</translation>
    </message>
    <message>
        <source>Cannot create the restored store.</source>
        <translation>Cannot create the restored store.</translation>
    </message>
    <message>
        <source>Cannot copy the backup into the store.</source>
        <translation>Cannot copy the backup into the store.</translation>
    </message>
    <message>
        <source>Cannot give the restored store its own device identity.</source>
        <translation>Cannot give the restored store its own device identity.</translation>
    </message>
    <message>
        <source>The restored store is complete in %1 but could not be renamed into place.</source>
        <translation>The restored store is complete in %1 but could not be renamed into place.</translation>
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation>Encryption: %1</translation>
    </message>
    <message>
        <source>Database structure: %1</source>
        <translation>Database structure: %1</translation>
    </message>
    <message>
        <source>Broken reference: %1</source>
        <translation>Broken reference: %1</translation>
    </message>
    <message>
        <source>The schema is at version %1; this CoopDesk expects %2.</source>
        <translation>The schema is at version %1; this CoopDesk expects %2.</translation>
    </message>
    <message>
        <source>The device identity is missing.</source>
        <translation>The device identity is missing.</translation>
    </message>
    <message>
        <source>The operation counter (%1) is behind the outbox (%2).</source>
        <translation>The operation counter (%1) is behind the outbox (%2).</translation>
    </message>
    <message>
        <source>The outbox cannot be read: %1</source>
        <translation>The outbox cannot be read: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation>Cannot start a transaction.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid entity name.</source>
        <translation>&quot;%1&quot; is not a valid entity name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column that can be written.</source>
        <translation>&quot;%1&quot; is not a column that can be written.</translation>
    </message>
    <message>
        <source>Cannot prepare the insertion into %1.</source>
        <translation>Cannot prepare the insertion into %1.</translation>
    </message>
    <message>
        <source>Cannot add %1 &quot;%2&quot;: %3</source>
        <translation>Cannot add %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Cannot prepare the update of %1.</source>
        <translation>Cannot prepare the update of %1.</translation>
    </message>
    <message>
        <source>Cannot change %1 &quot;%2&quot;: %3</source>
        <translation>Cannot change %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was changed meanwhile (version %3, not %4); reload it and try again.</source>
        <translation>%1 &quot;%2&quot; was changed meanwhile (version %3, not %4); reload it and try again.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist.</source>
        <translation>%1 &quot;%2&quot; does not exist.</translation>
    </message>
    <message>
        <source>Cannot delete %1 &quot;%2&quot;: %3</source>
        <translation>Cannot delete %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was changed or deleted meanwhile; nothing was deleted.</source>
        <translation>%1 &quot;%2&quot; was changed or deleted meanwhile; nothing was deleted.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid command name.</source>
        <translation>&quot;%1&quot; is not a valid command name.</translation>
    </message>
    <message>
        <source>Cannot number the change for sync.</source>
        <translation>Cannot number the change for sync.</translation>
    </message>
    <message>
        <source>Cannot queue the change for sync.</source>
        <translation>Cannot queue the change for sync.</translation>
    </message>
    <message>
        <source>Cannot save the changes.</source>
        <translation>Cannot save the changes.</translation>
    </message>
    <message>
        <source>Cannot read the outbox: %1</source>
        <translation>Cannot read the outbox: %1</translation>
    </message>
    <message>
        <source>Language of the messages: fr or en (default: the system&apos;s).</source>
        <translation>Language of the messages: fr or en (default: the system&apos;s).</translation>
    </message>
</context>
<context>
    <name>coop::ui::HomePage</name>
    <message>
        <source>Encrypted store, open on this computer. Choose an area on the left (Ctrl+1 to Ctrl+7).</source>
        <translation>Encrypted store, open on this computer. Choose an area on the left (Ctrl+1 to Ctrl+7).</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>Store identifier:</source>
        <translation>Store identifier:</translation>
    </message>
</context>
<context>
    <name>coop::ui::MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Entrepreneurs &amp; contracts</source>
        <translation>Entrepreneurs &amp; contracts</translation>
    </message>
    <message>
        <source>The cooperative&apos;s entrepreneurs will appear here, with their CAPE and CESA contracts, amendments and key dates.</source>
        <translation>The cooperative&apos;s entrepreneurs will appear here, with their CAPE and CESA contracts, amendments and key dates.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Quotes, invoices, credit notes and customer payments of each activity will appear here.</source>
        <translation>Quotes, invoices, credit notes and customer payments of each activity will appear here.</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Payroll</translation>
    </message>
    <message>
        <source>The entrepreneurs&apos; payslips, computed from each activity&apos;s account, will appear here.</source>
        <translation>The entrepreneurs&apos; payslips, computed from each activity&apos;s account, will appear here.</translation>
    </message>
    <message>
        <source>Contributions &amp; shared costs</source>
        <translation>Contributions &amp; shared costs</translation>
    </message>
    <message>
        <source>The cooperative contribution of each activity and the allocation of shared costs will appear here.</source>
        <translation>The cooperative contribution of each activity and the allocation of shared costs will appear here.</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Accounting</translation>
    </message>
    <message>
        <source>Journal entries, the activities&apos; accounts and the exports (FEC, CSV) will appear here.</source>
        <translation>Journal entries, the activities&apos; accounts and the exports (FEC, CSV) will appear here.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>The connection to the cooperative&apos;s server, changes waiting to be sent and conflicts to resolve will appear here.</source>
        <translation>The connection to the cooperative&apos;s server, changes waiting to be sent and conflicts to resolve will appear here.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Close the store and ask for its passphrase again</source>
        <translation>Close the store and ask for its passphrase again</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Show the &amp;navigation</source>
        <translation>Show the &amp;navigation</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CoopDesk</source>
        <translation>&amp;About CoopDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>CoopDesk — %1</source>
        <extracomment>The window title; %1 is the store&apos;s name</extracomment>
        <translation>CoopDesk — %1</translation>
    </message>
    <message>
        <source>Schema %1</source>
        <extracomment>In the status bar: the version of the store&apos;s database schema</extracomment>
        <translation>Schema %1</translation>
    </message>
    <message>
        <source>About CoopDesk</source>
        <translation>About CoopDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CoopDesk %1&lt;/h3&gt;&lt;p&gt;The back-office of French business and employment cooperatives (CAE): entrepreneurs, sales, payroll, contributions and accounting, in an encrypted store that works offline and syncs with the cooperative&apos;s server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CoopDesk %1&lt;/h3&gt;&lt;p&gt;The back-office of French business and employment cooperatives (CAE): entrepreneurs, sales, payroll, contributions and accounting, in an encrypted store that works offline and syncs with the cooperative&apos;s server.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>coop::ui::StoreDialog</name>
    <message>
        <source>Open a store</source>
        <translation>Open a store</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>New store</translation>
    </message>
    <message>
        <source>Unlock the store</source>
        <translation>Unlock the store</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Store file</translation>
    </message>
    <message>
        <source>Create a new store</source>
        <translation>Create a new store</translation>
    </message>
    <message>
        <source>The store is an encrypted file that holds the cooperative&apos;s data. Nobody can open it without its passphrase, nor recover a lost passphrase: keep it somewhere safe.</source>
        <translation>The store is an encrypted file that holds the cooperative&apos;s data. Nobody can open it without its passphrase, nor recover a lost passphrase: keep it somewhere safe.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Store name</translation>
    </message>
    <message>
        <source>e.g. Horizon Cooperative</source>
        <translation>e.g. Horizon Cooperative</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the store file</source>
        <translation>Choose the store file</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>C&amp;onfirm:</source>
        <translation>C&amp;onfirm:</translation>
    </message>
    <message>
        <source>Confirm the passphrase</source>
        <translation>Confirm the passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Create a new store…</source>
        <translation>Create a new store…</translation>
    </message>
    <message>
        <source>Open another store…</source>
        <translation>Open another store…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>Demo store: the passphrase is “%1”.</source>
        <extracomment>%1 is the demo passphrase, shown as is</extracomment>
        <translation>Demo store: the passphrase is “%1”.</translation>
    </message>
    <message>
        <source>At least %1 characters; several words are easy to remember.</source>
        <translation>At least %1 characters; several words are easy to remember.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Too short: at least %1 characters.</translation>
    </message>
    <message>
        <source>Weak: add words, capitals, digits or symbols.</source>
        <translation>Weak: add words, capitals, digits or symbols.</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>Fair.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>CoopDesk stores (*.coopdesk);;All files (*)</source>
        <translation>CoopDesk stores (*.coopdesk);;All files (*)</translation>
    </message>
    <message>
        <source>New store file</source>
        <translation>New store file</translation>
    </message>
    <message>
        <source>CoopDesk stores (*.coopdesk)</source>
        <translation>CoopDesk stores (*.coopdesk)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Cannot create the folder of %1.</translation>
    </message>
    <message>
        <source>CoopDesk, the back-office of business and employment cooperatives.</source>
        <translation>CoopDesk, the back-office of business and employment cooperatives.</translation>
    </message>
    <message>
        <source>Open the store FILE (or create it).</source>
        <translation>Open the store FILE (or create it).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Open the demo store (passphrase: demo), created on first use.</source>
        <translation>Open the demo store (passphrase: demo), created on first use.</translation>
    </message>
    <message>
        <source>Language of the interface: fr or en.</source>
        <translation>Language of the interface: fr or en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation>Show this help and quit.</translation>
    </message>
</context>
</TS>
