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
    <message>
        <source>The date the status and alerts are computed on, YYYY-MM-DD (default: today).</source>
        <translation>The date the status and alerts are computed on, YYYY-MM-DD (default: today).</translation>
    </message>
    <message>
        <source>How many entrepreneurs the demo has (default 60).</source>
        <translation>How many entrepreneurs the demo has (default 60).</translation>
    </message>
    <message>
        <source>How many years of history the demo covers (default 3).</source>
        <translation>How many years of history the demo covers (default 3).</translation>
    </message>
    <message>
        <source>The demo&apos;s seed: the same seed gives the same data (default 1).</source>
        <translation>The demo&apos;s seed: the same seed gives the same data (default 1).</translation>
    </message>
    <message>
        <source>The last day of the demo&apos;s history, YYYY-MM-DD (default: today).</source>
        <translation>The last day of the demo&apos;s history, YYYY-MM-DD (default: today).</translation>
    </message>
    <message>
        <source>--%1 takes a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 takes a date written YYYY-MM-DD, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>no contract</source>
        <translation>no contract</translation>
    </message>
    <message>
        <source>CAPE</source>
        <translation>CAPE</translation>
    </message>
    <message>
        <source>CESA</source>
        <translation>CESA</translation>
    </message>
    <message>
        <source>associate</source>
        <translation>associate</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>exited</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>Cannot read the file: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with problems; nothing was imported.</source>
        <translation>
            <numerusform>%n line with problems; nothing was imported.</numerusform>
            <numerusform>%n lines with problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1: %2 entrepreneurs, %3 contracts.</source>
        <translation>Imported from %1: %2 entrepreneurs, %3 contracts.</translation>
    </message>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>Cannot write to the standard output.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1.</source>
        <translation>Cannot write the file: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entrepreneur(s) to %1.</source>
        <translation>
            <numerusform>Exported %n entrepreneur to %1.</numerusform>
            <numerusform>Exported %n entrepreneurs to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Associate by</source>
        <translation>Associate by</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message numerus="yes">
        <source>%n entrepreneur(s) on %1.</source>
        <translation>
            <numerusform>%n entrepreneur on %1.</numerusform>
            <numerusform>%n entrepreneurs on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>entrepreneurs %1 takes one FILE.</source>
        <translation>entrepreneurs %1 takes one FILE.</translation>
    </message>
    <message>
        <source>entrepreneurs list takes no other word.</source>
        <translation>entrepreneurs list takes no other word.</translation>
    </message>
    <message>
        <source>entrepreneurs takes one action: import FILE, export FILE or list.</source>
        <translation>entrepreneurs takes one action: import FILE, export FILE or list.</translation>
    </message>
    <message>
        <source>unknown entrepreneurs action &quot;%1&quot;.</source>
        <translation>unknown entrepreneurs action &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>alerts takes no other word (the date goes with --at).</source>
        <translation>alerts takes no other word (the date goes with --at).</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) on %1.</source>
        <translation>
            <numerusform>%n alert on %1.</numerusform>
            <numerusform>%n alerts on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>demo takes no other word (see --entrepreneurs, --years, --seed).</source>
        <translation>demo takes no other word (see --entrepreneurs, --years, --seed).</translation>
    </message>
    <message>
        <source>Demo cooperative written to %1 (seed %2, as of %3):</source>
        <translation>Demo cooperative written to %1 (seed %2, as of %3):</translation>
    </message>
    <message>
        <source>%1 entrepreneurs, %2 activities, %3 contracts, %4 interviews</source>
        <translation>%1 entrepreneurs, %2 activities, %3 contracts, %4 interviews</translation>
    </message>
    <message>
        <source>generated in %1 ms, checked and written in %2 ms in one transaction; %3 ms in all.</source>
        <translation>generated in %1 ms, checked and written in %2 ms in one transaction; %3 ms in all.</translation>
    </message>
    <message>
        <source>The analytic code “%1” must have 2 to 12 upper-case letters (A-Z) or digits, such as ANA042.</source>
        <translation>The analytic code “%1” must have 2 to 12 upper-case letters (A-Z) or digits, such as ANA042.</translation>
    </message>
    <message>
        <source>The activity&apos;s name is required.</source>
        <translation>The activity&apos;s name is required.</translation>
    </message>
    <message>
        <source>Member %1 of the activity has no entrepreneur.</source>
        <translation>Member %1 of the activity has no entrepreneur.</translation>
    </message>
    <message>
        <source>The entrepreneur %1 is listed twice in the activity.</source>
        <translation>The entrepreneur %1 is listed twice in the activity.</translation>
    </message>
    <message>
        <source>Member %1&apos;s share of the result must be above 0 %, not %2 %.</source>
        <translation>Member %1&apos;s share of the result must be above 0 %, not %2 %.</translation>
    </message>
    <message>
        <source>more than 100</source>
        <translation>more than 100</translation>
    </message>
    <message>
        <source>The members&apos; shares add up to %1 %, not 100 %.</source>
        <translation>The members&apos; shares add up to %1 %, not 100 %.</translation>
    </message>
    <message>
        <source>The CAPE of %1 ends on %2: renew it, sign a CESA or record the exit.</source>
        <translation>The CAPE of %1 ends on %2: renew it, sign a CESA or record the exit.</translation>
    </message>
    <message>
        <source>%1 had to become an associate by %2 (L7331-3) and is not one.</source>
        <translation>%1 had to become an associate by %2 (L7331-3) and is not one.</translation>
    </message>
    <message>
        <source>%1 must become an associate by %2 (L7331-3).</source>
        <translation>%1 must become an associate by %2 (L7331-3).</translation>
    </message>
    <message>
        <source>The CESA of %1 has no fixed part since %2: L7331-2 asks the contract to set one.</source>
        <translation>The CESA of %1 has no fixed part since %2: L7331-2 asks the contract to set one.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has had %n interview(s) in the 12 months up to %2; two a year are due.</source>
        <translation>
            <numerusform>%1 has had %n interview in the 12 months up to %2; two a year are due.</numerusform>
            <numerusform>%1 has had %n interviews in the 12 months up to %2; two a year are due.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has two contracts that both run from %2 to %3.</source>
        <translation>%1 has two contracts that both run from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 has two contracts that both run from %2 on.</source>
        <translation>%1 has two contracts that both run from %2 on.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of alert; expected one of: %2.</source>
        <translation>“%1” is not a kind of alert; expected one of: %2.</translation>
    </message>
    <message>
        <source>A CAPE needs at least one period.</source>
        <translation>A CAPE needs at least one period.</translation>
    </message>
    <message>
        <source>A CAPE has at most three periods, the first one and two renewals; this one has %1.</source>
        <translation>A CAPE has at most three periods, the first one and two renewals; this one has %1.</translation>
    </message>
    <message>
        <source>Period %1 of the CAPE has no start date.</source>
        <translation>Period %1 of the CAPE has no start date.</translation>
    </message>
    <message>
        <source>Period %1 of the CAPE has no end date.</source>
        <translation>Period %1 of the CAPE has no end date.</translation>
    </message>
    <message>
        <source>Period %1 of the CAPE ends on %2, before it starts on %3.</source>
        <translation>Period %1 of the CAPE ends on %2, before it starts on %3.</translation>
    </message>
    <message>
        <source>Period %1 of the CAPE runs from %2 to %3, more than 12 months: it must end by %4.</source>
        <translation>Period %1 of the CAPE runs from %2 to %3, more than 12 months: it must end by %4.</translation>
    </message>
    <message>
        <source>Renewal %1 of the CAPE starts on %2; it must follow the previous period without a gap or an overlap, on %3.</source>
        <translation>Renewal %1 of the CAPE starts on %2; it must follow the previous period without a gap or an overlap, on %3.</translation>
    </message>
    <message>
        <source>The CAPE runs from %1 to %2, more than 36 months in all: it must end by %3.</source>
        <translation>The CAPE runs from %1 to %2, more than 36 months in all: it must end by %3.</translation>
    </message>
    <message>
        <source>The CAPE&apos;s start date, %1, is not its first period&apos;s start, %2.</source>
        <translation>The CAPE&apos;s start date, %1, is not its first period&apos;s start, %2.</translation>
    </message>
    <message>
        <source>A CAPE has no pay terms: they belong to a CESA, which is an employment contract.</source>
        <translation>A CAPE has no pay terms: they belong to a CESA, which is an employment contract.</translation>
    </message>
    <message>
        <source>A person becomes an associate under a CESA, not under a CAPE (associate date %1).</source>
        <translation>A person becomes an associate under a CESA, not under a CAPE (associate date %1).</translation>
    </message>
    <message>
        <source>A CAPE holds no associate shares (%1 recorded).</source>
        <translation>A CAPE holds no associate shares (%1 recorded).</translation>
    </message>
    <message>
        <source>The exit date %1 is after the CAPE&apos;s end, %2.</source>
        <translation>The exit date %1 is after the CAPE&apos;s end, %2.</translation>
    </message>
    <message>
        <source>The fixed monthly part of terms %1 cannot be negative (%2).</source>
        <translation>The fixed monthly part of terms %1 cannot be negative (%2).</translation>
    </message>
    <message>
        <source>The variable rate of terms %1, %2 %, is not between 0 % and 100 %.</source>
        <translation>The variable rate of terms %1, %2 %, is not between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>The monthly hours of terms %1 must be above 0, not %2.</source>
        <translation>The monthly hours of terms %1 must be above 0, not %2.</translation>
    </message>
    <message>
        <source>The equivalent hours of terms %1, %2 a month, exceed full time (151.67).</source>
        <translation>The equivalent hours of terms %1, %2 a month, exceed full time (151.67).</translation>
    </message>
    <message>
        <source>The monthly hours of terms %1, %2, exceed the legal maximum of 48 h a week (208 a month).</source>
        <translation>The monthly hours of terms %1, %2, exceed the legal maximum of 48 h a week (208 a month).</translation>
    </message>
    <message>
        <source>A CESA has no CAPE periods: record the CAPE as a contract of its own.</source>
        <translation>A CESA has no CAPE periods: record the CAPE as a contract of its own.</translation>
    </message>
    <message>
        <source>A CESA needs its initial terms: fixed part, variable rate and hours (L7331-2).</source>
        <translation>A CESA needs its initial terms: fixed part, variable rate and hours (L7331-2).</translation>
    </message>
    <message>
        <source>Terms %1 have no effective date.</source>
        <translation>Terms %1 have no effective date.</translation>
    </message>
    <message>
        <source>The initial terms take effect on %1, not on the CESA&apos;s start, %2.</source>
        <translation>The initial terms take effect on %1, not on the CESA&apos;s start, %2.</translation>
    </message>
    <message>
        <source>Amendment %1 takes effect on %2, which is not after the previous terms (%3).</source>
        <translation>Amendment %1 takes effect on %2, which is not after the previous terms (%3).</translation>
    </message>
    <message>
        <source>Terms %1 take effect on %2, after the exit on %3.</source>
        <translation>Terms %1 take effect on %2, after the exit on %3.</translation>
    </message>
    <message>
        <source>The associate date %1 is before the CESA&apos;s start, %2.</source>
        <translation>The associate date %1 is before the CESA&apos;s start, %2.</translation>
    </message>
    <message>
        <source>The associate date %1 is after the exit on %2.</source>
        <translation>The associate date %1 is after the exit on %2.</translation>
    </message>
    <message>
        <source>An associate holds at least one share, not %1.</source>
        <translation>An associate holds at least one share, not %1.</translation>
    </message>
    <message>
        <source>%1 shares are recorded but no associate date.</source>
        <translation>%1 shares are recorded but no associate date.</translation>
    </message>
    <message>
        <source>“%1” is not a %2; expected one of: %3.</source>
        <translation>“%1” is not a %2; expected one of: %3.</translation>
    </message>
    <message>
        <source>The contract must name its entrepreneur.</source>
        <translation>The contract must name its entrepreneur.</translation>
    </message>
    <message>
        <source>The contract has no start date.</source>
        <translation>The contract has no start date.</translation>
    </message>
    <message>
        <source>The contract is signed on %1, after its start on %2.</source>
        <translation>The contract is signed on %1, after its start on %2.</translation>
    </message>
    <message>
        <source>The exit on %1 needs a reason.</source>
        <translation>The exit on %1 needs a reason.</translation>
    </message>
    <message>
        <source>The exit date %1 is before the contract&apos;s start, %2.</source>
        <translation>The exit date %1 is before the contract&apos;s start, %2.</translation>
    </message>
    <message>
        <source>An exit reason (%1) is recorded without an exit date.</source>
        <translation>An exit reason (%1) is recorded without an exit date.</translation>
    </message>
    <message>
        <source>contract type</source>
        <translation>contract type</translation>
    </message>
    <message>
        <source>reason for leaving</source>
        <translation>reason for leaving</translation>
    </message>
    <message>
        <source>contract status</source>
        <translation>contract status</translation>
    </message>
    <message>
        <source>“%1” must be stored in its canonical form, “%2”.</source>
        <translation>“%1” must be stored in its canonical form, “%2”.</translation>
    </message>
    <message>
        <source>The %1 of %2 % is not between 0 % and 100 %.</source>
        <translation>The %1 of %2 % is not between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>The cooperative&apos;s name is required.</source>
        <translation>The cooperative&apos;s name is required.</translation>
    </message>
    <message>
        <source>The share capital cannot be negative (%1).</source>
        <translation>The share capital cannot be negative (%1).</translation>
    </message>
    <message>
        <source>The cooperative&apos;s SIREN is required: it is printed on every invoice.</source>
        <translation>The cooperative&apos;s SIREN is required: it is printed on every invoice.</translation>
    </message>
    <message>
        <source>The SIRET %1 does not start with the SIREN %2.</source>
        <translation>The SIRET %1 does not start with the SIREN %2.</translation>
    </message>
    <message>
        <source>The VAT number %1 does not match the SIREN %2, whose VAT number is %3.</source>
        <translation>The VAT number %1 does not match the SIREN %2, whose VAT number is %3.</translation>
    </message>
    <message>
        <source>The headcount cannot be negative (%1).</source>
        <translation>The headcount cannot be negative (%1).</translation>
    </message>
    <message>
        <source>AT/MP rate</source>
        <translation>AT/MP rate</translation>
    </message>
    <message>
        <source>versement mobilité rate</source>
        <translation>versement mobilité rate</translation>
    </message>
    <message>
        <source>The mutuelle&apos;s monthly amount cannot be negative (%1).</source>
        <translation>The mutuelle&apos;s monthly amount cannot be negative (%1).</translation>
    </message>
    <message>
        <source>employer&apos;s share of the mutuelle</source>
        <translation>employer&apos;s share of the mutuelle</translation>
    </message>
    <message>
        <source>The fiscal year must start in a month from 1 to 12, not %1.</source>
        <translation>The fiscal year must start in a month from 1 to 12, not %1.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>the file is not in UTF-8 (save it as &quot;CSV UTF-8&quot;).</source>
        <translation>the file is not in UTF-8 (save it as &quot;CSV UTF-8&quot;).</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one (quote the field and double the quote: &quot;&quot;).</source>
        <translation>a quote inside a field that does not start with one (quote the field and double the quote: &quot;&quot;).</translation>
    </message>
    <message>
        <source>text after the closing quote of a field.</source>
        <translation>text after the closing quote of a field.</translation>
    </message>
    <message>
        <source>a quoted field is never closed.</source>
        <translation>a quoted field is never closed.</translation>
    </message>
    <message>
        <source>the file is empty: a header line is expected.</source>
        <translation>the file is empty: a header line is expected.</translation>
    </message>
    <message>
        <source>The social security number %1 says born in “%2”, but the birth date %3 is in %4.</source>
        <translation>The social security number %1 says born in “%2”, but the birth date %3 is in %4.</translation>
    </message>
    <message>
        <source>The social security number %1 says born in month %2, but the birth date is %3.</source>
        <translation>The social security number %1 says born in month %2, but the birth date is %3.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>The first name is required.</translation>
    </message>
    <message>
        <source>The last name is required.</source>
        <translation>The last name is required.</translation>
    </message>
    <message>
        <source>The birth date is required.</source>
        <translation>The birth date is required.</translation>
    </message>
    <message>
        <source>The birth date %1 is not plausible: the person would be under 16 or over 100 years old on %2.</source>
        <translation>The birth date %1 is not plausible: the person would be under 16 or over 100 years old on %2.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address such as name@example.fr.</source>
        <translation>“%1” is not an e-mail address such as name@example.fr.</translation>
    </message>
    <message>
        <source>Interview %1 has no date.</source>
        <translation>Interview %1 has no date.</translation>
    </message>
    <message>
        <source>Interview %1 is dated %2, after today (%3): only interviews that took place are recorded.</source>
        <translation>Interview %1 is dated %2, after today (%3): only interviews that took place are recorded.</translation>
    </message>
    <message>
        <source>“%1” is not a prior status; expected one of: %2.</source>
        <translation>“%1” is not a prior status; expected one of: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of interview; expected one of: %2.</source>
        <translation>“%1” is not a kind of interview; expected one of: %2.</translation>
    </message>
    <message>
        <source>required.</source>
        <translation>required.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>“%1” is not a date: write it YYYY-MM-DD or DD/MM/YYYY.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros: write it 1234,56 or 1234.56.</source>
        <translation>“%1” is not an amount in euros: write it 1234,56 or 1234.56.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage: write it 5,5 or 5.5.</source>
        <translation>“%1” is not a percentage: write it 5,5 or 5.5.</translation>
    </message>
    <message>
        <source>“%1” is not a number of hours: write it 151,67 or 151.67 (3 decimals at most).</source>
        <translation>“%1” is not a number of hours: write it 151,67 or 151.67 (3 decimals at most).</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation>“%1” is not yes or no.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” is not a whole number.</translation>
    </message>
    <message>
        <source>“%1” is not a prior status: use one of %2.</source>
        <translation>“%1” is not a prior status: use one of %2.</translation>
    </message>
    <message>
        <source>no activity has the analytic code “%1” in the store (create it first).</source>
        <translation>no activity has the analytic code “%1” in the store (create it first).</translation>
    </message>
    <message>
        <source>“%1” is not a contract type: use %2, or leave it empty for a person without a contract yet.</source>
        <translation>“%1” is not a contract type: use %2, or leave it empty for a person without a contract yet.</translation>
    </message>
    <message>
        <source>give the contract type (cape or cesa): the line describes a contract (%1).</source>
        <translation>give the contract type (cape or cesa): the line describes a contract (%1).</translation>
    </message>
    <message>
        <source>a second renewal needs a first one (cape_renewal_1_end).</source>
        <translation>a second renewal needs a first one (cape_renewal_1_end).</translation>
    </message>
    <message>
        <source>“%1” is not an exit reason: use one of %2.</source>
        <translation>“%1” is not an exit reason: use one of %2.</translation>
    </message>
    <message>
        <source>only a CESA has this; the line&apos;s contract is a CAPE.</source>
        <translation>only a CESA has this; the line&apos;s contract is a CAPE.</translation>
    </message>
    <message>
        <source>the CESA starts on %1, while the CAPE before it runs until %2.</source>
        <translation>the CESA starts on %1, while the CAPE before it runs until %2.</translation>
    </message>
    <message>
        <source>the same NIR as line %1.</source>
        <translation>the same NIR as line %1.</translation>
    </message>
    <message>
        <source>%1 already has this NIR in the store.</source>
        <translation>%1 already has this NIR in the store.</translation>
    </message>
    <message>
        <source>the same person (name and birth date) as line %1.</source>
        <translation>the same person (name and birth date) as line %1.</translation>
    </message>
    <message>
        <source>%1, born on %2, is already in the store.</source>
        <translation>%1, born on %2, is already in the store.</translation>
    </message>
    <message>
        <source>unknown column (the columns are described in docs/csv-format.md).</source>
        <translation>unknown column (the columns are described in docs/csv-format.md).</translation>
    </message>
    <message>
        <source>this column appears twice.</source>
        <translation>this column appears twice.</translation>
    </message>
    <message>
        <source>this column is required.</source>
        <translation>this column is required.</translation>
    </message>
    <message>
        <source>the line has %1 fields where the header has %2 (a separator too many or missing, or a quote not closed?).</source>
        <translation>the line has %1 fields where the header has %2 (a separator too many or missing, or a quote not closed?).</translation>
    </message>
    <message>
        <source>No %1 was given.</source>
        <translation>No %1 was given.</translation>
    </message>
    <message>
        <source>“%1” is not a %2: “%3” is not a digit.</source>
        <translation>“%1” is not a %2: “%3” is not a digit.</translation>
    </message>
    <message>
        <source>“%1” is not a %2: it has %3 digits instead of %4.</source>
        <translation>“%1” is not a %2: it has %3 digits instead of %4.</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>“%1” is not a valid SIREN: its check digit is wrong (a mistyped digit?).</source>
        <translation>“%1” is not a valid SIREN: its check digit is wrong (a mistyped digit?).</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>“%1” is not a valid SIRET: its first nine digits are not a valid SIREN.</source>
        <translation>“%1” is not a valid SIRET: its first nine digits are not a valid SIREN.</translation>
    </message>
    <message>
        <source>“%1” is not a valid SIRET: its check digit is wrong (a mistyped digit?).</source>
        <translation>“%1” is not a valid SIRET: its check digit is wrong (a mistyped digit?).</translation>
    </message>
    <message>
        <source>“%1” is not an intra-EU VAT number: it must start with the two-letter code of a member state, such as FR.</source>
        <translation>“%1” is not an intra-EU VAT number: it must start with the two-letter code of a member state, such as FR.</translation>
    </message>
    <message>
        <source>“%1” is not an intra-EU VAT number: “%2” is not the code of an EU member state (Greece is EL).</source>
        <translation>“%1” is not an intra-EU VAT number: “%2” is not the code of an EU member state (Greece is EL).</translation>
    </message>
    <message>
        <source>“%1” is not a French VAT number: expected FR, a two-digit key and the nine digits of the SIREN.</source>
        <translation>“%1” is not a French VAT number: expected FR, a two-digit key and the nine digits of the SIREN.</translation>
    </message>
    <message>
        <source>“%1” is not a valid French VAT number: “%2” is not a valid SIREN.</source>
        <translation>“%1” is not a valid French VAT number: “%2” is not a valid SIREN.</translation>
    </message>
    <message>
        <source>“%1” is not a valid French VAT number: the key for SIREN %2 is %3, not %4.</source>
        <translation>“%1” is not a valid French VAT number: the key for SIREN %2 is %3, not %4.</translation>
    </message>
    <message>
        <source>“%1” is not an intra-EU VAT number: after the country code, expected 2 to 13 letters or digits.</source>
        <translation>“%1” is not an intra-EU VAT number: after the country code, expected 2 to 13 letters or digits.</translation>
    </message>
    <message>
        <source>social security number (NIR)</source>
        <translation>social security number (NIR)</translation>
    </message>
    <message>
        <source>“%1” is not a %2: it has %3 characters instead of 15 (13 and the 2-digit key).</source>
        <translation>“%1” is not a %2: it has %3 characters instead of 15 (13 and the 2-digit key).</translation>
    </message>
    <message>
        <source>“%1” is not a %2: “%3” is not a digit (only Corsica&apos;s 2A and 2B hold a letter, in the department).</source>
        <translation>“%1” is not a %2: “%3” is not a digit (only Corsica&apos;s 2A and 2B hold a letter, in the department).</translation>
    </message>
    <message>
        <source>“%1” is not a %2: it starts with %3, where 1 or 2 (or 3, 4, 7, 8 for a temporary number) is expected.</source>
        <translation>“%1” is not a %2: it starts with %3, where 1 or 2 (or 3, 4, 7, 8 for a temporary number) is expected.</translation>
    </message>
    <message>
        <source>“%1” is not a %2: “%3” is not a month of birth (01 to 12, or 20, 30-42, 50-99 when unknown).</source>
        <translation>“%1” is not a %2: “%3” is not a month of birth (01 to 12, or 20, 30-42, 50-99 when unknown).</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2: its key should be %3, not %4 (a mistyped digit?).</source>
        <translation>“%1” is not a valid %2: its key should be %3, not %4 (a mistyped digit?).</translation>
    </message>
    <message>
        <source>“%1” is not an IBAN: it must start with a two-letter country code and two check digits, such as FR76.</source>
        <translation>“%1” is not an IBAN: it must start with a two-letter country code and two check digits, such as FR76.</translation>
    </message>
    <message>
        <source>“%1” is not an IBAN: “%2” is neither a letter nor a digit.</source>
        <translation>“%1” is not an IBAN: “%2” is neither a letter nor a digit.</translation>
    </message>
    <message>
        <source>“%1”: IBANs of country %2 are not supported (only the EU, the EEA, Switzerland and the United Kingdom).</source>
        <translation>“%1”: IBANs of country %2 are not supported (only the EU, the EEA, Switzerland and the United Kingdom).</translation>
    </message>
    <message>
        <source>“%1” is not an IBAN of country %2: it has %3 characters instead of %4.</source>
        <translation>“%1” is not an IBAN of country %2: it has %3 characters instead of %4.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IBAN: its check digits do not match (a mistyped character?).</source>
        <translation>“%1” is not a valid IBAN: its check digits do not match (a mistyped character?).</translation>
    </message>
    <message>
        <source>“%1” is not a BIC: expected 8 or 11 characters, six letters (bank and country) then letters or digits, such as BNPAFRPPXXX.</source>
        <translation>“%1” is not a BIC: expected 8 or 11 characters, six letters (bank and country) then letters or digits, such as BNPAFRPPXXX.</translation>
    </message>
    <message>
        <source>“%1” is not a NAF code: expected four digits and a letter, such as 62.01Z.</source>
        <translation>“%1” is not a NAF code: expected four digits and a letter, such as 62.01Z.</translation>
    </message>
    <message>
        <source>Cannot read the store.</source>
        <translation>Cannot read the store.</translation>
    </message>
    <message>
        <source>A demo needs at least one entrepreneur, one year and a valid date.</source>
        <translation>A demo needs at least one entrepreneur, one year and a valid date.</translation>
    </message>
    <message numerus="yes">
        <source>The store already has %n entrepreneur(s); demo data goes into an empty store only.</source>
        <translation>
            <numerusform>The store already has %n entrepreneur; demo data goes into an empty store only.</numerusform>
            <numerusform>The store already has %n entrepreneurs; demo data goes into an empty store only.</numerusform>
        </translation>
    </message>
    <message>
        <source>demo cooperative</source>
        <translation>demo cooperative</translation>
    </message>
    <message>
        <source>demo activity %1</source>
        <translation>demo activity %1</translation>
    </message>
    <message>
        <source>demo entrepreneur %1</source>
        <translation>demo entrepreneur %1</translation>
    </message>
    <message>
        <source>demo contract %1</source>
        <translation>demo contract %1</translation>
    </message>
    <message>
        <source>Cannot read the store:</source>
        <translation>Cannot read the store:</translation>
    </message>
    <message>
        <source>The analytic code %1 is already used by the activity &quot;%2&quot;.</source>
        <translation>The analytic code %1 is already used by the activity &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 %2 already has this NIR.</source>
        <translation>%1 %2 already has this NIR.</translation>
    </message>
    <message>
        <source>The activity &quot;%1&quot; does not exist.</source>
        <translation>The activity &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The entrepreneur &quot;%1&quot; does not exist.</source>
        <translation>The entrepreneur &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The contract &quot;%1&quot; does not exist.</source>
        <translation>The contract &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>%1 % is not a percentage between 0 and 100.</source>
        <translation>%1 % is not a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>The invoice amounts are too large.</source>
        <translation>The invoice amounts are too large.</translation>
    </message>
    <message>
        <source>A line at 0 % VAT needs the legal reference of its exemption.</source>
        <translation>A line at 0 % VAT needs the legal reference of its exemption.</translation>
    </message>
    <message>
        <source>“}” at column %1 closes no placeholder.</source>
        <translation>“}” at column %1 closes no placeholder.</translation>
    </message>
    <message>
        <source>The character “%1” at column %2 cannot appear in a number: use letters, digits, - _ / . or spaces.</source>
        <translation>The character “%1” at column %2 cannot appear in a number: use letters, digits, - _ / . or spaces.</translation>
    </message>
    <message>
        <source>The placeholder opened at column %1 is not closed.</source>
        <translation>The placeholder opened at column %1 is not closed.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1 at column %2.</source>
        <translation>Unknown placeholder %1 at column %2.</translation>
    </message>
    <message>
        <source>Only sequence placeholders take a padding width: %1 at column %2.</source>
        <translation>Only sequence placeholders take a padding width: %1 at column %2.</translation>
    </message>
    <message>
        <source>The padding width in %1 at column %2 must be a number from 1 to %3.</source>
        <translation>The padding width in %1 at column %2 must be a number from 1 to %3.</translation>
    </message>
    <message>
        <source>Two sequence placeholders, at columns %1 and %2: a number draws from one counter only.</source>
        <translation>Two sequence placeholders, at columns %1 and %2: a number draws from one counter only.</translation>
    </message>
    <message>
        <source>The template has no sequence placeholder ({SEQGLOBAL}, {SEQYEAR}, {SEQMONTH} or {SEQMONTHANA}): numbers would repeat.</source>
        <translation>The template has no sequence placeholder ({SEQGLOBAL}, {SEQYEAR}, {SEQMONTH} or {SEQMONTHANA}): numbers would repeat.</translation>
    </message>
    <message>
        <source>The document has no valid date.</source>
        <translation>The document has no valid date.</translation>
    </message>
    <message>
        <source>The document is dated %1, before %2, the date of the last validated document of its series: dates must not go backwards within a series.</source>
        <translation>The document is dated %1, before %2, the date of the last validated document of its series: dates must not go backwards within a series.</translation>
    </message>
    <message>
        <source>Sequence value %1 is issued twice: %2 and %3.</source>
        <translation>Sequence value %1 is issued twice: %2 and %3.</translation>
    </message>
    <message>
        <source>Sequence value %1 is missing before %2.</source>
        <translation>Sequence value %1 is missing before %2.</translation>
    </message>
    <message>
        <source>Sequence values %1 to %2 are missing before %3.</source>
        <translation>Sequence values %1 to %2 are missing before %3.</translation>
    </message>
    <message>
        <source>%1 is dated %2, before %3 dated %4: dates must not go backwards within a series.</source>
        <translation>%1 is dated %2, before %3 dated %4: dates must not go backwards within a series.</translation>
    </message>
    <message>
        <source>The number %1 is issued twice, with sequence values %2 and %3.</source>
        <translation>The number %1 is issued twice, with sequence values %2 and %3.</translation>
    </message>
    <message>
        <source>invoice list: all, draft, waiting, partly_paid, paid, unpaid or overdue.</source>
        <translation>invoice list: all, draft, waiting, partly_paid, paid, unpaid or overdue.</translation>
    </message>
    <message>
        <source>invoice list: at most N documents.</source>
        <translation>invoice list: at most N documents.</translation>
    </message>
    <message>
        <source>invoice pay: the amount paid, e.g. 1234.56.</source>
        <translation>invoice pay: the amount paid, e.g. 1234.56.</translation>
    </message>
    <message>
        <source>invoice pay: transfer (default), cheque, card or cash.</source>
        <translation>invoice pay: transfer (default), cheque, card or cash.</translation>
    </message>
    <message>
        <source>invoice pay: the cheque number or transfer label.</source>
        <translation>invoice pay: the cheque number or transfer label.</translation>
    </message>
    <message>
        <source>%1 customers, %2 catalogue items, %3 quotes, %4 invoices, %5 credit notes (%6 left as drafts), %7 payments</source>
        <translation>%1 customers, %2 catalogue items, %3 quotes, %4 invoices, %5 credit notes (%6 left as drafts), %7 payments</translation>
    </message>
    <message>
        <source>--status takes all, draft, waiting, partly_paid, paid, unpaid or overdue, not &quot;%1&quot;.</source>
        <translation>--status takes all, draft, waiting, partly_paid, paid, unpaid or overdue, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No invoice or credit note has the id or number &quot;%1&quot;.</source>
        <translation>No invoice or credit note has the id or number &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s) late)</source>
        <translation>
            <numerusform> (%n day(s) late)</numerusform>
            <numerusform> (%n day(s) late)</numerusform>
        </translation>
    </message>
    <message>
        <source>A draft is not an invoice yet: validate it before making its e-invoice.</source>
        <translation>A draft is not an invoice yet: validate it before making its e-invoice.</translation>
    </message>
    <message>
        <source>%1 written (%2 bytes).</source>
        <translation>%1 written (%2 bytes).</translation>
    </message>
    <message>
        <source>--amount: %1</source>
        <translation>--amount: %1</translation>
    </message>
    <message>
        <source>--mode takes transfer, cheque, card or cash, not &quot;%1&quot;.</source>
        <translation>--mode takes transfer, cheque, card or cash, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Payment of %1 recorded on %2; %3 left to pay.</source>
        <translation>Payment of %1 recorded on %2; %3 left to pay.</translation>
    </message>
    <message>
        <source>invoice takes an action: list, validate, pdf, facturx, cii, pay or credit.</source>
        <translation>invoice takes an action: list, validate, pdf, facturx, cii, pay or credit.</translation>
    </message>
    <message>
        <source>invoice list takes no other word.</source>
        <translation>invoice list takes no other word.</translation>
    </message>
    <message>
        <source>invoice %1 takes one invoice: its id or its number.</source>
        <translation>invoice %1 takes one invoice: its id or its number.</translation>
    </message>
    <message>
        <source>unknown invoice action &quot;%1&quot;.</source>
        <translation>unknown invoice action &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>verify takes no other word.</source>
        <translation>verify takes no other word.</translation>
    </message>
    <message>
        <source>ok: %1 documents, %2 payments, %3 links of the chain checked.</source>
        <translation>ok: %1 documents, %2 payments, %3 links of the chain checked.</translation>
    </message>
    <message>
        <source>Only a validated document can be exported as an e-invoice.</source>
        <translation>Only a validated document can be exported as an e-invoice.</translation>
    </message>
    <message>
        <source>The e-invoice could not be written.</source>
        <translation>The e-invoice could not be written.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of customer; expected one of: %2.</source>
        <translation>“%1” is not a kind of customer; expected one of: %2.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is required.</source>
        <translation>The customer&apos;s name is required.</translation>
    </message>
    <message>
        <source>The customer&apos;s last name is required.</source>
        <translation>The customer&apos;s last name is required.</translation>
    </message>
    <message>
        <source>The billing address needs a postcode.</source>
        <translation>The billing address needs a postcode.</translation>
    </message>
    <message>
        <source>The billing address needs a city.</source>
        <translation>The billing address needs a city.</translation>
    </message>
    <message>
        <source>“%1” is not a country code of two capital letters such as FR.</source>
        <translation>“%1” is not a country code of two capital letters such as FR.</translation>
    </message>
    <message>
        <source>A French company customer needs its SIREN: invoices must print it.</source>
        <translation>A French company customer needs its SIREN: invoices must print it.</translation>
    </message>
    <message>
        <source>Payment terms must be from 0 to %1 days, not %2.</source>
        <translation>Payment terms must be from 0 to %1 days, not %2.</translation>
    </message>
    <message>
        <source>The customer account “%1” must be 411 followed by up to 9 capital letters or digits, such as 411DUPONT.</source>
        <translation>The customer account “%1” must be 411 followed by up to 9 capital letters or digits, such as 411DUPONT.</translation>
    </message>
    <message>
        <source>The designation is required.</source>
        <translation>The designation is required.</translation>
    </message>
    <message>
        <source>“%1” is not a known unit; expected one of: %2.</source>
        <translation>“%1” is not a known unit; expected one of: %2.</translation>
    </message>
    <message>
        <source>A catalogue price cannot be negative (%1).</source>
        <translation>A catalogue price cannot be negative (%1).</translation>
    </message>
    <message>
        <source>%1 % is not a French VAT rate (20, 10, 5.5, 2.1 or 0 %).</source>
        <translation>%1 % is not a French VAT rate (20, 10, 5.5, 2.1 or 0 %).</translation>
    </message>
    <message>
        <source>An item at 0 % VAT needs the legal reference of its exemption.</source>
        <translation>An item at 0 % VAT needs the legal reference of its exemption.</translation>
    </message>
    <message>
        <source>The revenue account “%1” must be 70 followed by digits, such as 706000.</source>
        <translation>The revenue account “%1” must be 70 followed by digits, such as 706000.</translation>
    </message>
    <message>
        <source>The deduction at %1 % VAT matches no line of the invoice at that rate.</source>
        <translation>The deduction at %1 % VAT matches no line of the invoice at that rate.</translation>
    </message>
    <message>
        <source>a text is expected</source>
        <translation>a text is expected</translation>
    </message>
    <message>
        <source>true or false is expected</source>
        <translation>true or false is expected</translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation>a whole number is expected</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2026-03-31</source>
        <translation>“%1” is not a date such as 2026-03-31</translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation>an object is expected</translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation>a list is expected</translation>
    </message>
    <message>
        <source>“%1” is not a kind of document; expected one of: %2.</source>
        <translation>“%1” is not a kind of document; expected one of: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an invoice role; expected one of: %2.</source>
        <translation>“%1” is not an invoice role; expected one of: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a document status; expected one of: %2.</source>
        <translation>“%1” is not a document status; expected one of: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a nature of operation; expected one of: %2.</source>
        <translation>“%1” is not a nature of operation; expected one of: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a payment mode; expected one of: %2.</source>
        <translation>“%1” is not a payment mode; expected one of: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a quote status; expected one of: %2.</source>
        <translation>“%1” is not a quote status; expected one of: %2.</translation>
    </message>
    <message>
        <source>Line %1 has no designation.</source>
        <translation>Line %1 has no designation.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a known unit.</source>
        <translation>Line %1: “%2” is not a known unit.</translation>
    </message>
    <message>
        <source>Line %1: %2 % is not a French VAT rate (20, 10, 5.5, 2.1 or 0 %).</source>
        <translation>Line %1: %2 % is not a French VAT rate (20, 10, 5.5, 2.1 or 0 %).</translation>
    </message>
    <message>
        <source>Line %1 is at 0 % VAT: it needs the legal reference of its exemption.</source>
        <translation>Line %1 is at 0 % VAT: it needs the legal reference of its exemption.</translation>
    </message>
    <message>
        <source>Line %1: a discount of %2 % is not between 0 and 100 %.</source>
        <translation>Line %1: a discount of %2 % is not between 0 and 100 %.</translation>
    </message>
    <message>
        <source>A discount of %1 % is not between 0 and 100 %.</source>
        <translation>A discount of %1 % is not between 0 and 100 %.</translation>
    </message>
    <message>
        <source>The address of %1 is incomplete: street, postcode and city are printed on the document.</source>
        <translation>The address of %1 is incomplete: street, postcode and city are printed on the document.</translation>
    </message>
    <message>
        <source>the cooperative</source>
        <translation>the cooperative</translation>
    </message>
    <message>
        <source>The cooperative&apos;s name is required on every invoice.</source>
        <translation>The cooperative&apos;s name is required on every invoice.</translation>
    </message>
    <message>
        <source>The cooperative&apos;s SIREN is required on every invoice.</source>
        <translation>The cooperative&apos;s SIREN is required on every invoice.</translation>
    </message>
    <message>
        <source>The cooperative&apos;s VAT number is required on every invoice.</source>
        <translation>The cooperative&apos;s VAT number is required on every invoice.</translation>
    </message>
    <message>
        <source>The cooperative&apos;s legal form is required on every invoice.</source>
        <translation>The cooperative&apos;s legal form is required on every invoice.</translation>
    </message>
    <message>
        <source>The cooperative&apos;s RCS registration (“RCS Lyon”) is required on every invoice.</source>
        <translation>The cooperative&apos;s RCS registration (“RCS Lyon”) is required on every invoice.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is required on the document.</source>
        <translation>The customer&apos;s name is required on the document.</translation>
    </message>
    <message>
        <source>The customer&apos;s billing address needs a postcode and a city.</source>
        <translation>The customer&apos;s billing address needs a postcode and a city.</translation>
    </message>
    <message>
        <source>The SIREN of a French company customer is required on the invoice.</source>
        <translation>The SIREN of a French company customer is required on the invoice.</translation>
    </message>
    <message>
        <source>The service ends on %1, before it starts on %2.</source>
        <translation>The service ends on %1, before it starts on %2.</translation>
    </message>
    <message>
        <source>The due date %1 is before the document&apos;s date %2.</source>
        <translation>The due date %1 is before the document&apos;s date %2.</translation>
    </message>
    <message>
        <source>The late-payment penalty rate cannot be negative.</source>
        <translation>The late-payment penalty rate cannot be negative.</translation>
    </message>
    <message>
        <source>A document needs at least one line.</source>
        <translation>A document needs at least one line.</translation>
    </message>
    <message>
        <source>An invoice whose total is zero cannot be issued.</source>
        <translation>An invoice whose total is zero cannot be issued.</translation>
    </message>
    <message>
        <source>An invoice needs a due date.</source>
        <translation>An invoice needs a due date.</translation>
    </message>
    <message>
        <source>A credit note must refer to the invoice it corrects.</source>
        <translation>A credit note must refer to the invoice it corrects.</translation>
    </message>
    <message>
        <source>A credit note must print the number of the invoice it corrects.</source>
        <translation>A credit note must print the number of the invoice it corrects.</translation>
    </message>
    <message>
        <source>A credit note must print the date of the invoice it corrects.</source>
        <translation>A credit note must print the date of the invoice it corrects.</translation>
    </message>
    <message>
        <source>The quote is valid until %1, before its date %2.</source>
        <translation>The quote is valid until %1, before its date %2.</translation>
    </message>
    <message>
        <source>A deposit of %1 % is not between 0 and 100 %.</source>
        <translation>A deposit of %1 % is not between 0 and 100 %.</translation>
    </message>
    <message>
        <source>A signed quote needs its date of signature.</source>
        <translation>A signed quote needs its date of signature.</translation>
    </message>
    <message>
        <source>Only a signed quote has a date of signature.</source>
        <translation>Only a signed quote has a date of signature.</translation>
    </message>
    <message>
        <source>The quote %1 is not signed: only a signed quote can be invoiced.</source>
        <translation>The quote %1 is not signed: only a signed quote can be invoiced.</translation>
    </message>
    <message>
        <source>The quote already has its balance invoice %1: nothing is left to invoice.</source>
        <translation>The quote already has its balance invoice %1: nothing is left to invoice.</translation>
    </message>
    <message>
        <source>%1 % is not a share of the quote: it must be above 0 % and below 100 %.</source>
        <translation>%1 % is not a share of the quote: it must be above 0 % and below 100 %.</translation>
    </message>
    <message>
        <source>With this invoice, the invoices of the quote %1 would bill %2 excluding VAT at %3 %, more than the quote&apos;s %4.</source>
        <translation>With this invoice, the invoices of the quote %1 would bill %2 excluding VAT at %3 %, more than the quote&apos;s %4.</translation>
    </message>
    <message>
        <source>The balance of the quote %1 cannot be made: %2</source>
        <translation>The balance of the quote %1 cannot be made: %2</translation>
    </message>
    <message>
        <source>Only a validated invoice can be credited.</source>
        <translation>Only a validated invoice can be credited.</translation>
    </message>
    <message>
        <source>The invoice %1 has no line at %2 % VAT: a credit note only reverses the rates of its invoice.</source>
        <translation>The invoice %1 has no line at %2 % VAT: a credit note only reverses the rates of its invoice.</translation>
    </message>
    <message>
        <source>The invoice has no amount at %1 % VAT: a credit note only reverses the rates of its invoice.</source>
        <translation>The invoice has no amount at %1 % VAT: a credit note only reverses the rates of its invoice.</translation>
    </message>
    <message>
        <source>At %1 % VAT the credit note reverses %2 excluding VAT and %3 of VAT, but the invoice only has %4 and %5 left to credit.</source>
        <translation>At %1 % VAT the credit note reverses %2 excluding VAT and %3 of VAT, but the invoice only has %4 and %5 left to credit.</translation>
    </message>
    <message>
        <source>The credit note of %1 including VAT exceeds the %2 left to credit on its invoice.</source>
        <translation>The credit note of %1 including VAT exceeds the %2 left to credit on its invoice.</translation>
    </message>
    <message>
        <source>A payment must be above zero, not %1.</source>
        <translation>A payment must be above zero, not %1.</translation>
    </message>
    <message>
        <source>The payment of %1 is more than the %2 left to pay.</source>
        <translation>The payment of %1 is more than the %2 left to pay.</translation>
    </message>
    <message>
        <source>The payment of %1 cannot be split over the VAT rates of the invoice: nothing is left to pay on them.</source>
        <translation>The payment of %1 cannot be split over the VAT rates of the invoice: nothing is left to pay on them.</translation>
    </message>
    <message>
        <source>demo customer of %1</source>
        <translation>demo customer of %1</translation>
    </message>
    <message>
        <source>demo catalogue of %1</source>
        <translation>demo catalogue of %1</translation>
    </message>
    <message>
        <source>demo quote</source>
        <translation>demo quote</translation>
    </message>
    <message>
        <source>demo quote %1</source>
        <translation>demo quote %1</translation>
    </message>
    <message>
        <source>demo credit note</source>
        <translation>demo credit note</translation>
    </message>
    <message>
        <source>demo document of %1</source>
        <translation>demo document of %1</translation>
    </message>
    <message>
        <source>demo draft</source>
        <translation>demo draft</translation>
    </message>
    <message>
        <source>Cannot write to the store:</source>
        <translation>Cannot write to the store:</translation>
    </message>
    <message>
        <source>quote %1</source>
        <translation>quote %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>Draft credit note</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Credit note %1</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Draft invoice</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>payment %1</source>
        <translation>payment %1</translation>
    </message>
    <message>
        <source>The customer &quot;%1&quot; does not exist.</source>
        <translation>The customer &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The catalogue item &quot;%1&quot; does not exist.</source>
        <translation>The catalogue item &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The quote &quot;%1&quot; does not exist.</source>
        <translation>The quote &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>A quote gives deposit, intermediate or balance invoices, not standard ones.</source>
        <translation>A quote gives deposit, intermediate or balance invoices, not standard ones.</translation>
    </message>
    <message>
        <source>Give the percentage of the quote to invoice.</source>
        <translation>Give the percentage of the quote to invoice.</translation>
    </message>
    <message>
        <source>%1 is validated: it cannot be changed, only credited.</source>
        <translation>%1 is validated: it cannot be changed, only credited.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; does not exist.</source>
        <translation>The document &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>%1 is validated: it cannot be deleted, only credited.</source>
        <translation>%1 is validated: it cannot be deleted, only credited.</translation>
    </message>
    <message>
        <source>%1 is already validated.</source>
        <translation>%1 is already validated.</translation>
    </message>
    <message>
        <source>A credit note corrects a validated invoice; &quot;%1&quot; is not one.</source>
        <translation>A credit note corrects a validated invoice; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>The invoice &quot;%1&quot; does not exist.</source>
        <translation>The invoice &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>A payment settles a validated document; %1 is a draft.</source>
        <translation>A payment settles a validated document; %1 is a draft.</translation>
    </message>
    <message>
        <source>A payment of %1 cannot be dated %2, before the document (%3).</source>
        <translation>A payment of %1 cannot be dated %2, before the document (%3).</translation>
    </message>
    <message>
        <source>payment of %1</source>
        <translation>payment of %1</translation>
    </message>
    <message>
        <source>Hash chain: link %1 follows link %2; the links in between are missing.</source>
        <translation>Hash chain: link %1 follows link %2; the links in between are missing.</translation>
    </message>
    <message>
        <source>Hash chain: link %1 (%2) does not follow the previous link.</source>
        <translation>Hash chain: link %1 (%2) does not follow the previous link.</translation>
    </message>
    <message>
        <source>Hash chain: link %1 (%2) does not match its own content.</source>
        <translation>Hash chain: link %1 (%2) does not match its own content.</translation>
    </message>
    <message>
        <source>Document %1 can no longer be read: %2</source>
        <translation>Document %1 can no longer be read: %2</translation>
    </message>
    <message>
        <source>Document %1 (hash-chain link %2) has been removed.</source>
        <translation>Document %1 (hash-chain link %2) has been removed.</translation>
    </message>
    <message>
        <source>Document %1 was validated but is now marked as a draft.</source>
        <translation>Document %1 was validated but is now marked as a draft.</translation>
    </message>
    <message>
        <source>its number now reads %1</source>
        <translation>its number now reads %1</translation>
    </message>
    <message>
        <source>its totals (%1 incl. VAT) no longer match its lines (%2)</source>
        <translation>its totals (%1 incl. VAT) no longer match its lines (%2)</translation>
    </message>
    <message>
        <source>its content (lines, amounts, dates or parties) changed</source>
        <translation>its content (lines, amounts, dates or parties) changed</translation>
    </message>
    <message>
        <source>%1 has been altered since it was issued: %2.</source>
        <translation>%1 has been altered since it was issued: %2.</translation>
    </message>
    <message>
        <source>The %1 can no longer be read: %2</source>
        <translation>The %1 can no longer be read: %2</translation>
    </message>
    <message>
        <source>The %1 (hash-chain link %2) has been removed.</source>
        <translation>The %1 (hash-chain link %2) has been removed.</translation>
    </message>
    <message>
        <source>The %1 dated %2 has been altered since it was recorded (now %3).</source>
        <translation>The %1 dated %2 has been altered since it was recorded (now %3).</translation>
    </message>
    <message>
        <source>Credit note %1 is validated but was never recorded in the hash chain: it was inserted behind the application&apos;s back.</source>
        <translation>Credit note %1 is validated but was never recorded in the hash chain: it was inserted behind the application&apos;s back.</translation>
    </message>
    <message>
        <source>Invoice %1 is validated but was never recorded in the hash chain: it was inserted behind the application&apos;s back.</source>
        <translation>Invoice %1 is validated but was never recorded in the hash chain: it was inserted behind the application&apos;s back.</translation>
    </message>
    <message>
        <source>A payment of %1 dated %2 on %3 was never recorded in the hash chain.</source>
        <translation>A payment of %1 dated %2 on %3 was never recorded in the hash chain.</translation>
    </message>
    <message>
        <source>Series %1 (%2): %3</source>
        <translation>Series %1 (%2): %3</translation>
    </message>
    <message>
        <source>Series %1 (%2): numbers %3 to %4 were issued but no document carries them any more.</source>
        <translation>Series %1 (%2): numbers %3 to %4 were issued but no document carries them any more.</translation>
    </message>
    <message>
        <source>The e-invoice XML is empty.</source>
        <translation>The e-invoice XML is empty.</translation>
    </message>
    <message>
        <source>The Factur-X PDF could not be made: %1</source>
        <translation>The Factur-X PDF could not be made: %1</translation>
    </message>
    <message>
        <source>Only a validated invoice or credit note has a Factur-X version.</source>
        <translation>Only a validated invoice or credit note has a Factur-X version.</translation>
    </message>
    <message>
        <source>Printing a document needs the graphical application object.</source>
        <translation>Printing a document needs the graphical application object.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>The PDF could not be written.</translation>
    </message>
    <message>
        <source>The preview resolution must be between 50 and 300 dpi.</source>
        <translation>The preview resolution must be between 50 and 300 dpi.</translation>
    </message>
    <message>
        <source>Unknown key “%1”: a statement starts with valid_from, valid_until, source, line or a parameter name such as pss or smic_hourly.</source>
        <translation>Unknown key “%1”: a statement starts with valid_from, valid_until, source, line or a parameter name such as pss or smic_hourly.</translation>
    </message>
    <message>
        <source>“%1” comes before the header: a payroll table starts with “valid_from YYYY-MM-DD”.</source>
        <translation>“%1” comes before the header: a payroll table starts with “valid_from YYYY-MM-DD”.</translation>
    </message>
    <message>
        <source>“source” needs a text: the rules&apos; origin, with its version or URL.</source>
        <translation>“source” needs a text: the rules&apos; origin, with its version or URL.</translation>
    </message>
    <message>
        <source>“%1” is given twice (first on line %2).</source>
        <translation>“%1” is given twice (first on line %2).</translation>
    </message>
    <message>
        <source>“%1” takes exactly one value.</source>
        <translation>“%1” takes exactly one value.</translation>
    </message>
    <message>
        <source>“%1” is not a date: expected YYYY-MM-DD.</source>
        <translation>“%1” is not a date: expected YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“valid_from” is given twice (first on line %1): one file holds one period.</source>
        <translation>“valid_from” is given twice (first on line %1): one file holds one period.</translation>
    </message>
    <message>
        <source>“valid_from” takes exactly one date, YYYY-MM-DD.</source>
        <translation>“valid_from” takes exactly one date, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not an amount for “%2”: expected euros with at most two decimals, such as 4005.00.</source>
        <translation>“%1” is not an amount for “%2”: expected euros with at most two decimals, such as 4005.00.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage between 0 and 100 for “%2” (write 98.25 for 98.25 %, without the sign).</source>
        <translation>“%1” is not a percentage between 0 and 100 for “%2” (write 98.25 for 98.25 %, without the sign).</translation>
    </message>
    <message>
        <source>“%1” is not a positive number for “%2”: expected digits with at most eight decimals, such as 0.3781.</source>
        <translation>“%1” is not a positive number for “%2”: expected digits with at most eight decimals, such as 0.3781.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number for “%2”.</source>
        <translation>“%1” is not a whole number for “%2”.</translation>
    </message>
    <message>
        <source>Line “%1”: unknown situation rate “%2”: expected situation.atmp, situation.vm, situation.mutuelle_employee_share or situation.mutuelle_employer_share.</source>
        <translation>Line “%1”: unknown situation rate “%2”: expected situation.atmp, situation.vm, situation.mutuelle_employee_share or situation.mutuelle_employer_share.</translation>
    </message>
    <message>
        <source>Line “%1”, employer rate: %2</source>
        <translation>Line “%1”, employer rate: %2</translation>
    </message>
    <message>
        <source>Line “%1”, employee rate: %2</source>
        <translation>Line “%1”, employee rate: %2</translation>
    </message>
    <message>
        <source>Line “%1”: the employer rate “%2” is not a percentage between 0 and 100.</source>
        <translation>Line “%1”: the employer rate “%2” is not a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>Line “%1”: the employee rate “%2” is not a percentage between 0 and 100.</source>
        <translation>Line “%1”: the employee rate “%2” is not a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>“line” must be followed by the line&apos;s code, such as maladie.</source>
        <translation>“line” must be followed by the line&apos;s code, such as maladie.</translation>
    </message>
    <message>
        <source>“%1” is not a line code: use lower-case letters, digits and &apos;_&apos;.</source>
        <translation>“%1” is not a line code: use lower-case letters, digits and &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Duplicate line code “%1” (first on line %2).</source>
        <translation>Duplicate line code “%1” (first on line %2).</translation>
    </message>
    <message>
        <source>Line “%1”: unknown field “%2”.</source>
        <translation>Line “%1”: unknown field “%2”.</translation>
    </message>
    <message>
        <source>Line “%1”: unknown base “%2”; the bases are %3.</source>
        <translation>Line “%1”: unknown base “%2”; the bases are %3.</translation>
    </message>
    <message>
        <source>Line “%1”: the label is empty.</source>
        <translation>Line “%1”: the label is empty.</translation>
    </message>
    <message>
        <source>Line “%1”: “%2” is not a headcount for %3 (a whole number from 1).</source>
        <translation>Line “%1”: “%2” is not a headcount for %3 (a whole number from 1).</translation>
    </message>
    <message>
        <source>Line “%1” has no base: add base=assiette, tranche1…</source>
        <translation>Line “%1” has no base: add base=assiette, tranche1…</translation>
    </message>
    <message>
        <source>Line “%1” is missing the employee rate: add employee=&lt;percentage&gt;, or employee=- when the employee pays nothing.</source>
        <translation>Line “%1” is missing the employee rate: add employee=&lt;percentage&gt;, or employee=- when the employee pays nothing.</translation>
    </message>
    <message>
        <source>Line “%1” is missing the employer rate: add employer=&lt;percentage&gt;, or employer=- when the employer pays nothing.</source>
        <translation>Line “%1” is missing the employer rate: add employer=&lt;percentage&gt;, or employer=- when the employer pays nothing.</translation>
    </message>
    <message>
        <source>Line “%1” has no label: add label=&quot;…&quot;.</source>
        <translation>Line “%1” has no label: add label=&quot;…&quot;.</translation>
    </message>
    <message>
        <source>Line “%1” can never apply: headcount_from %2 is not below headcount_below %3.</source>
        <translation>Line “%1” can never apply: headcount_from %2 is not below headcount_below %3.</translation>
    </message>
    <message>
        <source>The table has no header: it must start with “valid_from YYYY-MM-DD”.</source>
        <translation>The table has no header: it must start with “valid_from YYYY-MM-DD”.</translation>
    </message>
    <message>
        <source>The table names no source: add at least one “source” line saying where its figures come from.</source>
        <translation>The table names no source: add at least one “source” line saying where its figures come from.</translation>
    </message>
    <message>
        <source>The parameter “%1” is missing.</source>
        <translation>The parameter “%1” is missing.</translation>
    </message>
    <message>
        <source>The table has no contribution line.</source>
        <translation>The table has no contribution line.</translation>
    </message>
    <message>
        <source>valid_until %1 is before valid_from %2.</source>
        <translation>valid_until %1 is before valid_from %2.</translation>
    </message>
    <message>
        <source>A double quote is not closed on this line.</source>
        <translation>A double quote is not closed on this line.</translation>
    </message>
    <message>
        <source>There is no payroll rule table.</source>
        <translation>There is no payroll rule table.</translation>
    </message>
    <message>
        <source>Two payroll tables start on %1: %2 and %3.</source>
        <translation>Two payroll tables start on %1: %2 and %3.</translation>
    </message>
    <message>
        <source>The payroll periods overlap: %1 starts on %2 while %3 runs until %4.</source>
        <translation>The payroll periods overlap: %1 starts on %2 while %3 runs until %4.</translation>
    </message>
    <message>
        <source>No payroll rules for an invalid date.</source>
        <translation>No payroll rules for an invalid date.</translation>
    </message>
    <message>
        <source>No payroll rules apply on %1: the first table, %2, starts on %3.</source>
        <translation>No payroll rules apply on %1: the first table, %2, starts on %3.</translation>
    </message>
    <message>
        <source>No payroll rules apply on %1: the table %2 ends on %3 and no later table covers that date.</source>
        <translation>No payroll rules apply on %1: the table %2 ends on %3 and no later table covers that date.</translation>
    </message>
    <message>
        <source>Cannot read the built-in payroll table.</source>
        <translation>Cannot read the built-in payroll table.</translation>
    </message>
    <message>
        <source>The date of a validation or payment, or the date whose payroll rules apply, YYYY-MM-DD (default: today).</source>
        <translation>The date of a validation or payment, or the date whose payroll rules apply, YYYY-MM-DD (default: today).</translation>
    </message>
    <message>
        <source>payroll compute: the monthly gross pay, e.g. 2500.00.</source>
        <translation>payroll compute: the monthly gross pay, e.g. 2500.00.</translation>
    </message>
    <message>
        <source>payroll from-cost: the employer cost to fit, e.g. 4000.00.</source>
        <translation>payroll from-cost: the employer cost to fit, e.g. 4000.00.</translation>
    </message>
    <message>
        <source>payroll: the employee is a cadre (default: non-cadre).</source>
        <translation>payroll: the employee is a cadre (default: non-cadre).</translation>
    </message>
    <message>
        <source>payroll: the company&apos;s headcount (default 20, or the cooperative&apos;s).</source>
        <translation>payroll: the company&apos;s headcount (default 20, or the cooperative&apos;s).</translation>
    </message>
    <message>
        <source>payroll: the AT/MP rate in percent (default 2.08, or the cooperative&apos;s).</source>
        <translation>payroll: the AT/MP rate in percent (default 2.08, or the cooperative&apos;s).</translation>
    </message>
    <message>
        <source>payroll: the versement mobilité rate in percent (default 0, or the cooperative&apos;s).</source>
        <translation>payroll: the versement mobilité rate in percent (default 0, or the cooperative&apos;s).</translation>
    </message>
    <message>
        <source>payroll: the monthly mutuelle, employee and employer together (default 40.00, or the cooperative&apos;s).</source>
        <translation>payroll: the monthly mutuelle, employee and employer together (default 40.00, or the cooperative&apos;s).</translation>
    </message>
    <message>
        <source>payroll: the employer&apos;s share of the mutuelle in percent (default 50, or the cooperative&apos;s).</source>
        <translation>payroll: the employer&apos;s share of the mutuelle in percent (default 50, or the cooperative&apos;s).</translation>
    </message>
    <message>
        <source>--%1 takes %2, not &quot;%3&quot;.</source>
        <translation>--%1 takes %2, not &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>an amount of zero or more with at most two decimals, such as 2500.00</source>
        <translation>an amount of zero or more with at most two decimals, such as 2500.00</translation>
    </message>
    <message>
        <source>a percentage from 0 to 100, such as 2.08</source>
        <translation>a percentage from 0 to 100, such as 2.08</translation>
    </message>
    <message>
        <source>--date %1: %2</source>
        <translation>--date %1: %2</translation>
    </message>
    <message>
        <source>The cooperative&apos;s payroll settings: %1</source>
        <translation>The cooperative&apos;s payroll settings: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n employee(s), AT/MP %2, versement mobilité %3, mutuelle %4 of which %5 paid by the employer</source>
        <translation>
            <numerusform>%1, %n employee, AT/MP %2, versement mobilité %3, mutuelle %4 of which %5 paid by the employer</numerusform>
            <numerusform>%1, %n employees, AT/MP %2, versement mobilité %3, mutuelle %4 of which %5 paid by the employer</numerusform>
        </translation>
    </message>
    <message>
        <source>cadre</source>
        <translation>cadre</translation>
    </message>
    <message>
        <source>non-cadre</source>
        <translation>non-cadre</translation>
    </message>
    <message>
        <source>Payslip on %1 (rules from %2)</source>
        <translation>Payslip on %1 (rules from %2)</translation>
    </message>
    <message>
        <source>Situation: %1</source>
        <translation>Situation: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Employee rate</source>
        <translation>Employee rate</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Employer rate</source>
        <translation>Employer rate</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>Gross pay</translation>
    </message>
    <message>
        <source>Total contributions</source>
        <translation>Total contributions</translation>
    </message>
    <message>
        <source>RGDU (coefficient %1)</source>
        <translation>RGDU (coefficient %1)</translation>
    </message>
    <message>
        <source>Employer contributions after the RGDU</source>
        <translation>Employer contributions after the RGDU</translation>
    </message>
    <message>
        <source>Net before income tax</source>
        <translation>Net before income tax</translation>
    </message>
    <message>
        <source>Net taxable</source>
        <translation>Net taxable</translation>
    </message>
    <message>
        <source>Net social</source>
        <translation>Net social</translation>
    </message>
    <message>
        <source>Employer cost</source>
        <translation>Employer cost</translation>
    </message>
    <message>
        <source>Envelope %1: the largest gross it pays is %2, costing %3; %4 left.</source>
        <translation>Envelope %1: the largest gross it pays is %2, costing %3; %4 left.</translation>
    </message>
    <message>
        <source>a month written YYYY-MM, such as 2026-03</source>
        <translation>a month written YYYY-MM, such as 2026-03</translation>
    </message>
    <message numerus="yes">
        <source>Payroll of %1 (%2, rules from %3): %n slip(s), gross %4, employer cost %5.</source>
        <translation>
            <numerusform>Payroll of %1 (%2, rules from %3): %n slip, gross %4, employer cost %5.</numerusform>
            <numerusform>Payroll of %1 (%2, rules from %3): %n slips, gross %4, employer cost %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Net before tax</source>
        <translation>Net before tax</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No payroll run for %1.</source>
        <translation>No payroll run for %1.</translation>
    </message>
    <message>
        <source>The run of %1 was not stored.</source>
        <translation>The run of %1 was not stored.</translation>
    </message>
    <message>
        <source>Payroll of %1 closed.</source>
        <translation>Payroll of %1 closed.</translation>
    </message>
    <message>
        <source>payroll takes an action: compute, from-cost, run, close, show or export.</source>
        <translation>payroll takes an action: compute, from-cost, run, close, show or export.</translation>
    </message>
    <message>
        <source>unknown payroll action &quot;%1&quot;.</source>
        <translation>unknown payroll action &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>payroll %1 takes no other word.</source>
        <translation>payroll %1 takes no other word.</translation>
    </message>
    <message>
        <source>contribution base</source>
        <translation>contribution base</translation>
    </message>
    <message>
        <source>way of applying brackets</source>
        <translation>way of applying brackets</translation>
    </message>
    <message>
        <source>bracket basis</source>
        <translation>bracket basis</translation>
    </message>
    <message>
        <source>The scale needs a code.</source>
        <translation>The scale needs a code.</translation>
    </message>
    <message>
        <source>The scale needs a label.</source>
        <translation>The scale needs a label.</translation>
    </message>
    <message>
        <source>The scale needs the date it applies from.</source>
        <translation>The scale needs the date it applies from.</translation>
    </message>
    <message>
        <source>Say which general assembly voted the scale.</source>
        <translation>Say which general assembly voted the scale.</translation>
    </message>
    <message>
        <source>The scale needs at least one rate.</source>
        <translation>The scale needs at least one rate.</translation>
    </message>
    <message>
        <source>The first bracket starts at 0, not %1.</source>
        <translation>The first bracket starts at 0, not %1.</translation>
    </message>
    <message>
        <source>Bracket %1 starts at %2, not above the previous one (%3).</source>
        <translation>Bracket %1 starts at %2, not above the previous one (%3).</translation>
    </message>
    <message>
        <source>The rate of bracket %1 must be between 0 and 100 % (not %2).</source>
        <translation>The rate of bracket %1 must be between 0 and 100 % (not %2).</translation>
    </message>
    <message>
        <source>A monthly floor cannot be negative (%1).</source>
        <translation>A monthly floor cannot be negative (%1).</translation>
    </message>
    <message>
        <source>A seniority cannot be negative (%1 months).</source>
        <translation>A seniority cannot be negative (%1 months).</translation>
    </message>
    <message>
        <source>The annual cap cannot be negative.</source>
        <translation>The annual cap cannot be negative.</translation>
    </message>
    <message>
        <source>The associates&apos; annual cap cannot be negative.</source>
        <translation>The associates&apos; annual cap cannot be negative.</translation>
    </message>
    <message>
        <source>The internal invoicing rate must be between 0 and 100 % (not %1).</source>
        <translation>The internal invoicing rate must be between 0 and 100 % (not %1).</translation>
    </message>
    <message>
        <source>A fiscal year has 12 months, not %1.</source>
        <translation>A fiscal year has 12 months, not %1.</translation>
    </message>
    <message>
        <source>Month %1 is %2, where %3 was expected: the months must follow each other.</source>
        <translation>Month %1 is %2, where %3 was expected: the months must follow each other.</translation>
    </message>
    <message>
        <source>“%1” is not an allocation key; expected one of: %2.</source>
        <translation>“%1” is not an allocation key; expected one of: %2.</translation>
    </message>
    <message>
        <source>The pool needs a label.</source>
        <translation>The pool needs a label.</translation>
    </message>
    <message>
        <source>The pool&apos;s period needs a first day.</source>
        <translation>The pool&apos;s period needs a first day.</translation>
    </message>
    <message>
        <source>The pool&apos;s period needs a last day.</source>
        <translation>The pool&apos;s period needs a last day.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>The period ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>The pool needs the account it is charged to.</source>
        <translation>The pool needs the account it is charged to.</translation>
    </message>
    <message>
        <source>The activity %1 takes part twice.</source>
        <translation>The activity %1 takes part twice.</translation>
    </message>
    <message>
        <source>The headcount of %1 is negative (%2).</source>
        <translation>The headcount of %1 is negative (%2).</translation>
    </message>
    <message>
        <source>The fixed amount of %1 is negative (%2).</source>
        <translation>The fixed amount of %1 is negative (%2).</translation>
    </message>
    <message>
        <source>The weight of %1 is negative (%2).</source>
        <translation>The weight of %1 is negative (%2).</translation>
    </message>
    <message>
        <source>The key value of %1 is too large to split on.</source>
        <translation>The key value of %1 is too large to split on.</translation>
    </message>
    <message>
        <source>Nobody to charge “%1” to: no activity was present between %2 and %3 with a key value above zero.</source>
        <translation>Nobody to charge “%1” to: no activity was present between %2 and %3 with a key value above zero.</translation>
    </message>
    <message>
        <source>%1 € of turnover</source>
        <translation>%1 € of turnover</translation>
    </message>
    <message>
        <source>%1 € of margin</source>
        <translation>%1 € of margin</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>one share</source>
        <translation>one share</translation>
    </message>
    <message>
        <source>a fixed %1 €</source>
        <translation>a fixed %1 €</translation>
    </message>
    <message>
        <source>a weight of %1</source>
        <translation>a weight of %1</translation>
    </message>
    <message>
        <source>%1: %2 × %3 / %4 days → %5 € of %6 €</source>
        <translation>%1: %2 × %3 / %4 days → %5 € of %6 €</translation>
    </message>
    <message>
        <source>The %1 must be a percentage between 0 and 100 (not %2).</source>
        <translation>The %1 must be a percentage between 0 and 100 (not %2).</translation>
    </message>
    <message>
        <source>The headcount must be at least 1 (not %1).</source>
        <translation>The headcount must be at least 1 (not %1).</translation>
    </message>
    <message>
        <source>The mutuelle amount must be between 0 and 10 000 000.00 € (not %1).</source>
        <translation>The mutuelle amount must be between 0 and 10 000 000.00 € (not %1).</translation>
    </message>
    <message>
        <source>The gross pay must be between 0.00 and 10 000 000.00 € (not %1).</source>
        <translation>The gross pay must be between 0.00 and 10 000 000.00 € (not %1).</translation>
    </message>
    <message>
        <source>The employer cost must be between 0.00 and 10 000 000.00 € (not %1).</source>
        <translation>The employer cost must be between 0.00 and 10 000 000.00 € (not %1).</translation>
    </message>
    <message>
        <source>An employer cost of %1 € does not cover what a zero gross already costs (%2 €: the mutuelle and what it carries).</source>
        <translation>An employer cost of %1 € does not cover what a zero gross already costs (%2 €: the mutuelle and what it carries).</translation>
    </message>
    <message>
        <source>The net pay must not be negative (not %1).</source>
        <translation>The net pay must not be negative (not %1).</translation>
    </message>
    <message>
        <source>No gross up to 10 000 000.00 € gives a net of %1 €.</source>
        <translation>No gross up to 10 000 000.00 € gives a net of %1 €.</translation>
    </message>
    <message>
        <source>Line “%1”: unknown organism “%2”; the organisms are urssaf, retirement and health.</source>
        <translation>Line “%1”: unknown organism “%2”; the organisms are urssaf, retirement and health.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>“%1” is not a month: write it as YYYY-MM, such as 2026-03.</source>
        <translation>“%1” is not a month: write it as YYYY-MM, such as 2026-03.</translation>
    </message>
    <message>
        <source>the contract&apos;s fixed part is negative (%1).</source>
        <translation>the contract&apos;s fixed part is negative (%1).</translation>
    </message>
    <message>
        <source>%1 days under contract in a month of %2 days.</source>
        <translation>%1 days under contract in a month of %2 days.</translation>
    </message>
    <message>
        <source>The payroll of %1 is closed: it cannot be computed again.</source>
        <translation>The payroll of %1 is closed: it cannot be computed again.</translation>
    </message>
    <message>
        <source>Cannot replace the draft payroll run.</source>
        <translation>Cannot replace the draft payroll run.</translation>
    </message>
    <message>
        <source>Cannot store the payroll run.</source>
        <translation>Cannot store the payroll run.</translation>
    </message>
    <message>
        <source>Cannot store the payslip of %1.</source>
        <translation>Cannot store the payslip of %1.</translation>
    </message>
    <message>
        <source>Cannot store the payroll journal.</source>
        <translation>Cannot store the payroll journal.</translation>
    </message>
    <message>
        <source>The payroll of %1 has not been computed.</source>
        <translation>The payroll of %1 has not been computed.</translation>
    </message>
    <message>
        <source>The payroll of %1 is already closed.</source>
        <translation>The payroll of %1 is already closed.</translation>
    </message>
    <message>
        <source>Cannot close the payroll of %1.</source>
        <translation>Cannot close the payroll of %1.</translation>
    </message>
    <message>
        <source>“%1” is not an expense category; expected one of: %2.</source>
        <translation>“%1” is not an expense category; expected one of: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an expense report status; expected one of: %2.</source>
        <translation>“%1” is not an expense report status; expected one of: %2.</translation>
    </message>
    <message>
        <source>Choose the activity the expenses are for.</source>
        <translation>Choose the activity the expenses are for.</translation>
    </message>
    <message>
        <source>Choose who paid the expenses.</source>
        <translation>Choose who paid the expenses.</translation>
    </message>
    <message>
        <source>The report needs its month.</source>
        <translation>The report needs its month.</translation>
    </message>
    <message>
        <source>An expense report needs at least one line.</source>
        <translation>An expense report needs at least one line.</translation>
    </message>
    <message>
        <source>Line %1 has no date.</source>
        <translation>Line %1 has no date.</translation>
    </message>
    <message>
        <source>Line %1 is dated %2, outside the report&apos;s month (%3 to %4).</source>
        <translation>Line %1 is dated %2, outside the report&apos;s month (%3 to %4).</translation>
    </message>
    <message>
        <source>Line %1 is dated %2, after today: an expense is reported once paid.</source>
        <translation>Line %1 is dated %2, after today: an expense is reported once paid.</translation>
    </message>
    <message>
        <source>Line %1: give the distance driven, in km.</source>
        <translation>Line %1: give the distance driven, in km.</translation>
    </message>
    <message>
        <source>Line %1: say where from, where to and why.</source>
        <translation>Line %1: say where from, where to and why.</translation>
    </message>
    <message>
        <source>Line %1: give the vehicle&apos;s fiscal power (CV).</source>
        <translation>Line %1: give the vehicle&apos;s fiscal power (CV).</translation>
    </message>
    <message>
        <source>Line %1: a mileage allowance carries no VAT.</source>
        <translation>Line %1: a mileage allowance carries no VAT.</translation>
    </message>
    <message>
        <source>Line %1: the amount paid must be above zero.</source>
        <translation>Line %1: the amount paid must be above zero.</translation>
    </message>
    <message>
        <source>Line %1: the VAT (%2) must be between zero and the amount paid (%3).</source>
        <translation>Line %1: the VAT (%2) must be between zero and the amount paid (%3).</translation>
    </message>
    <message>
        <source>Line %1: say what was bought.</source>
        <translation>Line %1: say what was bought.</translation>
    </message>
    <message>
        <source>Line %1: attach the receipt.</source>
        <translation>Line %1: attach the receipt.</translation>
    </message>
    <message>
        <source>A distance cannot be negative (%1 km).</source>
        <translation>A distance cannot be negative (%1 km).</translation>
    </message>
    <message>
        <source>%1 km in a year is not a distance a vehicle drives.</source>
        <translation>%1 km in a year is not a distance a vehicle drives.</translation>
    </message>
    <message>
        <source>The fiscal power must be at least 1 CV (not %1).</source>
        <translation>The fiscal power must be at least 1 CV (not %1).</translation>
    </message>
    <message>
        <source>A trip cannot be negative (%1 km).</source>
        <translation>A trip cannot be negative (%1 km).</translation>
    </message>
    <message>
        <source>The expense report of %1 is %2: it cannot be %3.</source>
        <translation>The expense report of %1 is %2: it cannot be %3.</translation>
    </message>
    <message>
        <source>%1: a receipt is a file of 1 byte to 20 MiB (this one has %2 bytes).</source>
        <translation>%1: a receipt is a file of 1 byte to 20 MiB (this one has %2 bytes).</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file: scan or photograph the receipt in one of these formats.</source>
        <translation>%1 is not a PDF, JPEG or PNG file: scan or photograph the receipt in one of these formats.</translation>
    </message>
    <message>
        <source>Cannot store the receipt %1.</source>
        <translation>Cannot store the receipt %1.</translation>
    </message>
    <message>
        <source>The expense report %1 does not exist.</source>
        <translation>The expense report %1 does not exist.</translation>
    </message>
    <message>
        <source>Line %1: its receipt is not in the store.</source>
        <translation>Line %1: its receipt is not in the store.</translation>
    </message>
    <message>
        <source>Say why the report is rejected.</source>
        <translation>Say why the report is rejected.</translation>
    </message>
    <message>
        <source>Say who decides.</source>
        <translation>Say who decides.</translation>
    </message>
    <message>
        <source>The reimbursement date must be in or after the report&apos;s month.</source>
        <translation>The reimbursement date must be in or after the report&apos;s month.</translation>
    </message>
    <message>
        <source>a draft</source>
        <comment>expense report status</comment>
        <translation>a draft</translation>
    </message>
    <message>
        <source>submitted</source>
        <comment>expense report status</comment>
        <translation>submitted</translation>
    </message>
    <message>
        <source>validated</source>
        <comment>expense report status</comment>
        <translation>validated</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>expense report status</comment>
        <translation>rejected</translation>
    </message>
    <message>
        <source>paid</source>
        <comment>expense report status</comment>
        <translation>paid</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>expense report action</comment>
        <translation>edited</translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>expense report action</comment>
        <translation>deleted</translation>
    </message>
    <message>
        <source>submitted</source>
        <comment>expense report action</comment>
        <translation>submitted</translation>
    </message>
    <message>
        <source>validated</source>
        <comment>expense report action</comment>
        <translation>validated</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>expense report action</comment>
        <translation>rejected</translation>
    </message>
    <message>
        <source>paid</source>
        <comment>expense report action</comment>
        <translation>paid</translation>
    </message>
    <message>
        <source>--month: “%1” is not a month written YYYY-MM, such as 2026-03.</source>
        <translation>--month: “%1” is not a month written YYYY-MM, such as 2026-03.</translation>
    </message>
    <message numerus="yes">
        <source>Contribution of %1: %n activity(ies), %2 in all.</source>
        <translation>
            <numerusform>Contribution of %1: %n activity, %2 in all.</numerusform>
            <numerusform>Contribution of %1: %n activities, %2 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source> (floor)</source>
        <translation> (floor)</translation>
    </message>
    <message>
        <source> (cap)</source>
        <translation> (cap)</translation>
    </message>
    <message>
        <source>payroll run, close, show, export and contribution compute: the month, YYYY-MM.</source>
        <translation>payroll run, close, show, export and contribution compute: the month, YYYY-MM.</translation>
    </message>
    <message>
        <source>The contribution scale %1 does not exist.</source>
        <translation>The contribution scale %1 does not exist.</translation>
    </message>
    <message>
        <source>%1: no default contribution scale is in force on %2.</source>
        <translation>%1: no default contribution scale is in force on %2.</translation>
    </message>
    <message>
        <source>%1: the contribution scale “%2” is not in force on %3.</source>
        <translation>%1: the contribution scale “%2” is not in force on %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>demo contribution scale %1</source>
        <translation>demo contribution scale %1</translation>
    </message>
    <message>
        <source>allocate takes no other word: give the pool with --pool.</source>
        <translation>allocate takes no other word: give the pool with --pool.</translation>
    </message>
    <message>
        <source>Preview of “%1” (%2 €), nothing written:</source>
        <translation>Preview of “%1” (%2 €), nothing written:</translation>
    </message>
    <message>
        <source>“%1” (%2 €) allocated:</source>
        <translation>“%1” (%2 €) allocated:</translation>
    </message>
    <message>
        <source>pools takes no other word.</source>
        <translation>pools takes no other word.</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>allocated</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>allocate: the id of the pool to split.</source>
        <translation>allocate: the id of the pool to split.</translation>
    </message>
    <message>
        <source>allocate: show the split without writing it.</source>
        <translation>allocate: show the split without writing it.</translation>
    </message>
    <message>
        <source>%1 contribution scale versions, %2 shared-cost pools to allocate</source>
        <translation>%1 contribution scale versions, %2 shared-cost pools to allocate</translation>
    </message>
    <message>
        <source>The weight of an activity cannot be negative (%1).</source>
        <translation>The weight of an activity cannot be negative (%1).</translation>
    </message>
    <message>
        <source>The pool “%1” is allocated: it cannot be changed.</source>
        <translation>The pool “%1” is allocated: it cannot be changed.</translation>
    </message>
    <message>
        <source>The pool %1 does not exist.</source>
        <translation>The pool %1 does not exist.</translation>
    </message>
    <message>
        <source>The pool “%1” is already allocated.</source>
        <translation>The pool “%1” is already allocated.</translation>
    </message>
    <message>
        <source>demo pool %1</source>
        <translation>demo pool %1</translation>
    </message>
    <message>
        <source>account takes no other word: give the activity with --activity.</source>
        <translation>account takes no other word: give the activity with --activity.</translation>
    </message>
    <message>
        <source>Account of %1 (%2), %3 to %4</source>
        <translation>Account of %1 (%2), %3 to %4</translation>
    </message>
    <message>
        <source>Turnover invoiced (HT)</source>
        <translation>Turnover invoiced (HT)</translation>
    </message>
    <message>
        <source>Turnover collected (HT)</source>
        <translation>Turnover collected (HT)</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Shared costs</source>
        <translation>Shared costs</translation>
    </message>
    <message>
        <source>Salaries (employer cost)</source>
        <translation>Salaries (employer cost)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Treasury today</source>
        <translation>Treasury today</translation>
    </message>
    <message>
        <source>Salary envelope %1: gross %2, net before tax %3.</source>
        <translation>Salary envelope %1: gross %2, net before tax %3.</translation>
    </message>
    <message>
        <source>No salary envelope: the treasury does not cover a payslip.</source>
        <translation>No salary envelope: the treasury does not cover a payslip.</translation>
    </message>
    <message>
        <source>account: the activity&apos;s analytic code.</source>
        <translation>account: the activity&apos;s analytic code.</translation>
    </message>
    <message>
        <source>No activity has the analytic code %1.</source>
        <translation>No activity has the analytic code %1.</translation>
    </message>
    <message>
        <source>Reference treasury</source>
        <translation>Reference treasury</translation>
    </message>
    <message>
        <source>Future treasury</source>
        <translation>Future treasury</translation>
    </message>
    <message>
        <source>accounting fec needs --year YYYY.</source>
        <translation>accounting fec needs --year YYYY.</translation>
    </message>
    <message>
        <source>--out names the folder the FEC goes into; &quot;%1&quot; is not a folder.</source>
        <translation>--out names the folder the FEC goes into; &quot;%1&quot; is not a folder.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s), %2 entries, debit %3, credit %4.</source>
        <translation>
            <numerusform>%1: %n line, %2 entries, debit %3, credit %4.</numerusform>
            <numerusform>%1: %n lines, %2 entries, debit %3, credit %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>accounting export needs --from and --to.</source>
        <translation>accounting export needs --from and --to.</translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation>--to comes before --from.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s).</source>
        <translation>
            <numerusform>%1: %n line.</numerusform>
            <numerusform>%1: %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trial balance from %1 to %2</source>
        <translation>Trial balance from %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) posted.</source>
        <translation>
            <numerusform>%n entry posted.</numerusform>
            <numerusform>%n entries posted.</numerusform>
        </translation>
    </message>
    <message>
        <source>accounting close needs --until YYYY-MM-DD.</source>
        <translation>accounting close needs --until YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>The ledger is closed until %1.</source>
        <translation>The ledger is closed until %1.</translation>
    </message>
    <message>
        <source>accounting reopen needs --until YYYY-MM-DD, or --until none.</source>
        <translation>accounting reopen needs --until YYYY-MM-DD, or --until none.</translation>
    </message>
    <message>
        <source>The ledger is now closed until %1.</source>
        <translation>The ledger is now closed until %1.</translation>
    </message>
    <message>
        <source>No period of the ledger is closed now.</source>
        <translation>No period of the ledger is closed now.</translation>
    </message>
    <message>
        <source>contribution takes one action: compute or post.</source>
        <translation>contribution takes one action: compute or post.</translation>
    </message>
    <message>
        <source>Contribution of %1 posted: entry %2 %3.</source>
        <translation>Contribution of %1 posted: entry %2 %3.</translation>
    </message>
    <message>
        <source>accounting fec: the calendar year the fiscal year ends in.</source>
        <translation>accounting fec: the calendar year the fiscal year ends in.</translation>
    </message>
    <message>
        <source>accounting export: the first day, YYYY-MM-DD.</source>
        <translation>accounting export: the first day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>accounting export: the last day, YYYY-MM-DD.</source>
        <translation>accounting export: the last day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>accounting close and reopen: the last closed day, YYYY-MM-DD.</source>
        <translation>accounting close and reopen: the last closed day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>accounting reopen: why the period is reopened (kept).</source>
        <translation>accounting reopen: why the period is reopened (kept).</translation>
    </message>
    <message>
        <source>accounting export: the columns, comma separated (default: journal,date,account,aux_account,piece,label,debit,credit,analytic).</source>
        <translation>accounting export: the columns, comma separated (default: journal,date,account,aux_account,piece,label,debit,credit,analytic).</translation>
    </message>
    <message>
        <source>accounting export: one journal&apos;s code (VT, BQ, AC, PA, OD).</source>
        <translation>accounting export: one journal&apos;s code (VT, BQ, AC, PA, OD).</translation>
    </message>
    <message>
        <source>The contribution rate of terms %1, %2 %, is not between 0 % and 100 %.</source>
        <translation>The contribution rate of terms %1, %2 %, is not between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>An account number is 1 to 20 digits, the first from 1 to 8: &quot;%1&quot;.</source>
        <translation>An account number is 1 to 20 digits, the first from 1 to 8: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Account %1 needs a label.</source>
        <translation>Account %1 needs a label.</translation>
    </message>
    <message>
        <source>An entry needs a journal.</source>
        <translation>An entry needs a journal.</translation>
    </message>
    <message>
        <source>An entry needs a date.</source>
        <translation>An entry needs a date.</translation>
    </message>
    <message>
        <source>An entry needs a piece reference.</source>
        <translation>An entry needs a piece reference.</translation>
    </message>
    <message>
        <source>An entry needs a label.</source>
        <translation>An entry needs a label.</translation>
    </message>
    <message numerus="yes">
        <source>An entry needs at least two lines; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>An entry needs at least two lines; &quot;%1&quot; has %n.</numerusform>
            <numerusform>An entry needs at least two lines; &quot;%1&quot; has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot;: &quot;%3&quot; is not an account number.</source>
        <translation>Line %1 of &quot;%2&quot;: &quot;%3&quot; is not an account number.</translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot;: an amount is never negative; the side says which column.</source>
        <translation>Line %1 of &quot;%2&quot;: an amount is never negative; the side says which column.</translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot; needs a label.</source>
        <translation>Line %1 of &quot;%2&quot; needs a label.</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; does not balance: %2 in debit, %3 in credit.</source>
        <translation>The entry &quot;%1&quot; does not balance: %2 in debit, %3 in credit.</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; moves nothing.</source>
        <translation>The entry &quot;%1&quot; moves nothing.</translation>
    </message>
    <message>
        <source>“%1” is not a supplier invoice status; expected one of: %2.</source>
        <translation>“%1” is not a supplier invoice status; expected one of: %2.</translation>
    </message>
    <message>
        <source>a draft</source>
        <comment>supplier invoice status</comment>
        <translation>a draft</translation>
    </message>
    <message>
        <source>validated</source>
        <comment>supplier invoice status</comment>
        <translation>validated</translation>
    </message>
    <message>
        <source>paid</source>
        <comment>supplier invoice status</comment>
        <translation>paid</translation>
    </message>
    <message>
        <source>Goods for resale</source>
        <translation>Goods for resale</translation>
    </message>
    <message>
        <source>Subcontracted services resold</source>
        <translation>Subcontracted services resold</translation>
    </message>
    <message>
        <source>Energy and water</source>
        <translation>Energy and water</translation>
    </message>
    <message>
        <source>Small equipment and tools</source>
        <translation>Small equipment and tools</translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation>Office supplies</translation>
    </message>
    <message>
        <source>General subcontracting</source>
        <translation>General subcontracting</translation>
    </message>
    <message>
        <source>Rents</source>
        <translation>Rents</translation>
    </message>
    <message>
        <source>Maintenance and repairs</source>
        <translation>Maintenance and repairs</translation>
    </message>
    <message>
        <source>Insurance premiums</source>
        <translation>Insurance premiums</translation>
    </message>
    <message>
        <source>Documentation and seminars</source>
        <translation>Documentation and seminars</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <source>Travel and receptions</source>
        <translation>Travel and receptions</translation>
    </message>
    <message>
        <source>Telecommunications and postage</source>
        <translation>Telecommunications and postage</translation>
    </message>
    <message>
        <source>Bank charges</source>
        <translation>Bank charges</translation>
    </message>
    <message>
        <source>Choose the activity the purchase is for.</source>
        <translation>Choose the activity the purchase is for.</translation>
    </message>
    <message>
        <source>Name the supplier.</source>
        <translation>Name the supplier.</translation>
    </message>
    <message>
        <source>Give the supplier&apos;s invoice number, as printed on it.</source>
        <translation>Give the supplier&apos;s invoice number, as printed on it.</translation>
    </message>
    <message>
        <source>The supplier invoice needs its date.</source>
        <translation>The supplier invoice needs its date.</translation>
    </message>
    <message>
        <source>The due date (%1) is before the invoice&apos;s date (%2).</source>
        <translation>The due date (%1) is before the invoice&apos;s date (%2).</translation>
    </message>
    <message>
        <source>A supplier invoice needs at least one line.</source>
        <translation>A supplier invoice needs at least one line.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a purchase or outside-service account (60…, 61… or 62…, 3 to 8 digits).</source>
        <translation>Line %1: “%2” is not a purchase or outside-service account (60…, 61… or 62…, 3 to 8 digits).</translation>
    </message>
    <message>
        <source>Line %1: the amount excluding VAT must be above zero.</source>
        <translation>Line %1: the amount excluding VAT must be above zero.</translation>
    </message>
    <message>
        <source>Line %1: %2 € is beyond what a purchase can be.</source>
        <translation>Line %1: %2 € is beyond what a purchase can be.</translation>
    </message>
    <message>
        <source>Attach the scanned supplier invoice.</source>
        <translation>Attach the scanned supplier invoice.</translation>
    </message>
    <message>
        <source>A paid supplier invoice needs its payment date.</source>
        <translation>A paid supplier invoice needs its payment date.</translation>
    </message>
    <message>
        <source>The payment date (%1) is before the invoice&apos;s date (%2).</source>
        <translation>The payment date (%1) is before the invoice&apos;s date (%2).</translation>
    </message>
    <message>
        <source>demo receipt</source>
        <translation>demo receipt</translation>
    </message>
    <message>
        <source>demo expense report of %1</source>
        <translation>demo expense report of %1</translation>
    </message>
    <message>
        <source>demo supplier invoice %1</source>
        <translation>demo supplier invoice %1</translation>
    </message>
    <message>
        <source>Cannot save account %1.</source>
        <translation>Cannot save account %1.</translation>
    </message>
    <message>
        <source>Account %1 is not in the chart of accounts.</source>
        <translation>Account %1 is not in the chart of accounts.</translation>
    </message>
    <message>
        <source>The cooperative&apos;s analytic code is required.</source>
        <translation>The cooperative&apos;s analytic code is required.</translation>
    </message>
    <message>
        <source>Cannot save the account mapping.</source>
        <translation>Cannot save the account mapping.</translation>
    </message>
    <message>
        <source>Account %1 (line %2 of &quot;%3&quot;) is not in the chart of accounts: add it, or one of its parents, first.</source>
        <translation>Account %1 (line %2 of &quot;%3&quot;) is not in the chart of accounts: add it, or one of its parents, first.</translation>
    </message>
    <message>
        <source>Cannot number the entry.</source>
        <translation>Cannot number the entry.</translation>
    </message>
    <message>
        <source>The period is closed until %1: &quot;%2&quot; dated %3 cannot be posted. An admin may reopen the period, or the document may be dated after it.</source>
        <translation>The period is closed until %1: &quot;%2&quot; dated %3 cannot be posted. An admin may reopen the period, or the document may be dated after it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already posted.</source>
        <translation>&quot;%1&quot; is already posted.</translation>
    </message>
    <message>
        <source>Cannot post &quot;%1&quot;.</source>
        <translation>Cannot post &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Activity %1 does not exist.</source>
        <translation>Activity %1 does not exist.</translation>
    </message>
    <message>
        <source>A validated document has no frozen parties.</source>
        <translation>A validated document has no frozen parties.</translation>
    </message>
    <message>
        <source>Cannot record the closed period.</source>
        <translation>Cannot record the closed period.</translation>
    </message>
    <message>
        <source>Say until which day to close.</source>
        <translation>Say until which day to close.</translation>
    </message>
    <message>
        <source>The ledger is already closed until %1; close a later day.</source>
        <translation>The ledger is already closed until %1; close a later day.</translation>
    </message>
    <message>
        <source>Only an admin may reopen a closed period.</source>
        <translation>Only an admin may reopen a closed period.</translation>
    </message>
    <message>
        <source>Say why the period is reopened: the reason is kept.</source>
        <translation>Say why the period is reopened: the reason is kept.</translation>
    </message>
    <message>
        <source>No period is closed.</source>
        <translation>No period is closed.</translation>
    </message>
    <message>
        <source>The ledger is closed until %1; reopening moves that day back.</source>
        <translation>The ledger is closed until %1; reopening moves that day back.</translation>
    </message>
    <message>
        <source>The cooperative&apos;s SIREN names the FEC file: enter it in the cooperative&apos;s settings first.</source>
        <translation>The cooperative&apos;s SIREN names the FEC file: enter it in the cooperative&apos;s settings first.</translation>
    </message>
    <message>
        <source>The FEC export was cancelled.</source>
        <translation>The FEC export was cancelled.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; in the export layout.</source>
        <translation>Unknown column &quot;%1&quot; in the export layout.</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Choose at least one column.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>The supplier invoice %1 does not exist.</source>
        <translation>The supplier invoice %1 does not exist.</translation>
    </message>
    <message>
        <source>The supplier invoice %1 of %2 is %3: it cannot be %4.</source>
        <translation>The supplier invoice %1 of %2 is %3: it cannot be %4.</translation>
    </message>
    <message>
        <source>The scanned supplier invoice is not in the store.</source>
        <translation>The scanned supplier invoice is not in the store.</translation>
    </message>
    <message>
        <source>The activity %1 does not exist.</source>
        <translation>The activity %1 does not exist.</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>supplier invoice action</comment>
        <translation>edited</translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>supplier invoice action</comment>
        <translation>deleted</translation>
    </message>
    <message>
        <source>validated</source>
        <comment>supplier invoice action</comment>
        <translation>validated</translation>
    </message>
    <message>
        <source>Say who validates.</source>
        <translation>Say who validates.</translation>
    </message>
    <message>
        <source>paid</source>
        <comment>supplier invoice action</comment>
        <translation>paid</translation>
    </message>
    <message>
        <source>The payment date must be on or after the invoice&apos;s date.</source>
        <translation>The payment date must be on or after the invoice&apos;s date.</translation>
    </message>
    <message>
        <source>%1 expense reports, %2 supplier invoices, %3 receipts</source>
        <translation>%1 expense reports, %2 supplier invoices, %3 receipts</translation>
    </message>
    <message>
        <source>accounting takes one action: fec, export, balance, close, reopen, post or chart.</source>
        <translation>accounting takes one action: fec, export, balance, close, reopen, post or chart.</translation>
    </message>
    <message>
        <source>accounting chart takes --number and --label together.</source>
        <translation>accounting chart takes --number and --label together.</translation>
    </message>
    <message>
        <source>accounting chart: the account number to add or rename.</source>
        <translation>accounting chart: the account number to add or rename.</translation>
    </message>
    <message>
        <source>accounting chart: the account&apos;s label.</source>
        <translation>accounting chart: the account&apos;s label.</translation>
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
  entrepreneurs import FILE  import entrepreneurs and contracts from a CSV file, all or nothing
  entrepreneurs export FILE  write them as CSV (FILE - for the standard output; --at)
  entrepreneurs list         the entrepreneurs, their status and alerts (--at, --json)
  alerts                     what the support team must act on (--at, --json)
  demo                       fill an empty store with a demo cooperative (--entrepreneurs, --years, --seed, --today)
  invoice list               invoices and credit notes (--status, --at, --limit, --json)
  invoice validate ID        issue a draft: number, date, frozen (--date)
  invoice pdf ID             the PDF of an invoice or credit note (--out)
  invoice facturx ID         the Factur-X EN 16931 PDF/A-3 (--out)
  invoice cii ID             the CII XML alone (--out)
  invoice pay ID             record a payment (--amount, --date, --mode, --reference)
  invoice credit ID          make the draft of a credit note cancelling the invoice
  verify                     check the hash chain and the numbering (--json)
  payroll compute            a payslip from a gross pay (--gross, --date, --cadre, --headcount, --atmp, --vm, --mutuelle, --mutuelle-employer-share, --json)
  payroll from-cost          the largest gross an employer cost pays (--employer-cost, the same options)
  payroll run                compute a month&apos;s payroll and keep it as its draft (--month, --json)
  payroll close              close the month&apos;s draft run (--month)
  payroll show               the stored run of a month (--month, --json)
  payroll export             the payroll firm&apos;s CSV of a stored run (--month, --out)
  contribution compute       each activity&apos;s contribution for a month (--month, --json)
  pools                      the shared-cost pools (--json)
  allocate                   split a shared-cost pool over the activities (--pool, --preview, --json)
  account                    an activity&apos;s account and salary envelope (--activity, --at, --json)
  contribution post          post a month&apos;s contribution in the ledger (--month)
  accounting fec             the FEC of the fiscal year ending in --year, into the folder --out
  accounting export          the accountant&apos;s CSV (--from, --to, --out, --columns, --activity, --journal)
  accounting balance         the trial balance on --at (--activity, --json)
  accounting close           close the ledger until a day (--until)
  accounting reopen          move the closing back (--until DATE or none, --reason)
  accounting post            post what was validated before the ledger existed
  accounting chart           the chart of accounts (--number and --label add or rename one, --json)
  sync                       sign in (--server, --user, --password-file) or use the stored session, then send and receive the changes (--json)
  sync status                the session, pending operations, conflicts (--json)
  sync conflicts             the conflict inbox (--json)
ID is a document&apos;s id or its number.
payroll compute and from-cost need no store; with --store they start from the cooperative&apos;s situation.

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
  entrepreneurs import FILE  import entrepreneurs and contracts from a CSV file, all or nothing
  entrepreneurs export FILE  write them as CSV (FILE - for the standard output; --at)
  entrepreneurs list         the entrepreneurs, their status and alerts (--at, --json)
  alerts                     what the support team must act on (--at, --json)
  demo                       fill an empty store with a demo cooperative (--entrepreneurs, --years, --seed, --today)
  invoice list               invoices and credit notes (--status, --at, --limit, --json)
  invoice validate ID        issue a draft: number, date, frozen (--date)
  invoice pdf ID             the PDF of an invoice or credit note (--out)
  invoice facturx ID         the Factur-X EN 16931 PDF/A-3 (--out)
  invoice cii ID             the CII XML alone (--out)
  invoice pay ID             record a payment (--amount, --date, --mode, --reference)
  invoice credit ID          make the draft of a credit note cancelling the invoice
  verify                     check the hash chain and the numbering (--json)
  payroll compute            a payslip from a gross pay (--gross, --date, --cadre, --headcount, --atmp, --vm, --mutuelle, --mutuelle-employer-share, --json)
  payroll from-cost          the largest gross an employer cost pays (--employer-cost, the same options)
  payroll run                compute a month&apos;s payroll and keep it as its draft (--month, --json)
  payroll close              close the month&apos;s draft run (--month)
  payroll show               the stored run of a month (--month, --json)
  payroll export             the payroll firm&apos;s CSV of a stored run (--month, --out)
  contribution compute       each activity&apos;s contribution for a month (--month, --json)
  pools                      the shared-cost pools (--json)
  allocate                   split a shared-cost pool over the activities (--pool, --preview, --json)
  account                    an activity&apos;s account and salary envelope (--activity, --at, --json)
  contribution post          post a month&apos;s contribution in the ledger (--month)
  accounting fec             the FEC of the fiscal year ending in --year, into the folder --out
  accounting export          the accountant&apos;s CSV (--from, --to, --out, --columns, --activity, --journal)
  accounting balance         the trial balance on --at (--activity, --json)
  accounting close           close the ledger until a day (--until)
  accounting reopen          move the closing back (--until DATE or none, --reason)
  accounting post            post what was validated before the ledger existed
  accounting chart           the chart of accounts (--number and --label add or rename one, --json)
  sync                       sign in (--server, --user, --password-file) or use the stored session, then send and receive the changes (--json)
  sync status                the session, pending operations, conflicts (--json)
  sync conflicts             the conflict inbox (--json)
ID is a document&apos;s id or its number.
payroll compute and from-cost need no store; with --store they start from the cooperative&apos;s situation.

The store&apos;s passphrase comes from --passphrase-file FILE or the COOPDESK_PASSPHRASE variable, never from the command line.
Exit status: 0 done, 1 failed (the reason on stderr), 2 wrong command line.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table (entrepreneurs list, alerts, invoice list, verify, payroll, sync).</source>
        <translation>Print JSON instead of a table (entrepreneurs list, alerts, invoice list, verify, payroll, sync).</translation>
    </message>
    <message>
        <source>sync: the cooperative&apos;s server, e.g. https://coop.example.org.</source>
        <translation>sync: the cooperative&apos;s server, e.g. https://coop.example.org.</translation>
    </message>
    <message>
        <source>sync: the login to sign in with (with --password-file).</source>
        <translation>sync: the login to sign in with (with --password-file).</translation>
    </message>
    <message>
        <source>sync: read the server password from FILE.</source>
        <translation>sync: read the server password from FILE.</translation>
    </message>
    <message>
        <source>Cannot read the password file: %1.</source>
        <translation>Cannot read the password file: %1.</translation>
    </message>
    <message>
        <source>The password file is empty.</source>
        <translation>The password file is empty.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Signed in to %1 as %2.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Pending operations: %1</source>
        <translation>Pending operations: %1</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Open conflicts: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>#%1 %2/%3.%4: yours %5, server&apos;s %6 (%7)</source>
        <translation>#%1 %2/%3.%4: yours %5, server&apos;s %6 (%7)</translation>
    </message>
    <message>
        <source>sync takes no action (sync now), or status, or conflicts.</source>
        <translation>sync takes no action (sync now), or status, or conflicts.</translation>
    </message>
    <message>
        <source>sync %1 takes no --server, --user or --password-file.</source>
        <translation>sync %1 takes no --server, --user or --password-file.</translation>
    </message>
    <message>
        <source>sync: --user and --password-file go together.</source>
        <translation>sync: --user and --password-file go together.</translation>
    </message>
    <message>
        <source>sync: --user takes a login.</source>
        <translation>sync: --user takes a login.</translation>
    </message>
    <message>
        <source>--server takes an address such as https://coop.example.org, not &quot;%1&quot;.</source>
        <translation>--server takes an address such as https://coop.example.org, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>sync: --server URL is required to sign in.</source>
        <translation>sync: --server URL is required to sign in.</translation>
    </message>
    <message>
        <source>This store is not signed in to a server: give --server URL --user LOGIN --password-file FILE.</source>
        <translation>This store is not signed in to a server: give --server URL --user LOGIN --password-file FILE.</translation>
    </message>
    <message>
        <source>Pushed %1 operation(s) (%2 rejected, %3 merged), pulled %4 change(s)</source>
        <translation>Pushed %1 operation(s) (%2 rejected, %3 merged), pulled %4 change(s)</translation>
    </message>
    <message>
        <source> and %1 snapshot row(s)</source>
        <translation> and %1 snapshot row(s)</translation>
    </message>
    <message>
        <source>; cursor %1.</source>
        <translation>; cursor %1.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Cannot read the password file %1: %2</translation>
    </message>
    <message>
        <source>Do not run the server as root: PostgreSQL refuses it, and a network service should not have that power. Run it as an ordinary user (the packaged systemd unit uses the coopdesk user).</source>
        <translation>Do not run the server as root: PostgreSQL refuses it, and a network service should not have that power. Run it as an ordinary user (the packaged systemd unit uses the coopdesk user).</translation>
    </message>
    <message>
        <source>--listen expects HOST:PORT, e.g. 127.0.0.1:8443 (got &quot;%1&quot;).</source>
        <translation>--listen expects HOST:PORT, e.g. 127.0.0.1:8443 (got &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--threads expects a number from 1 to 256.</source>
        <translation>--threads expects a number from 1 to 256.</translation>
    </message>
    <message>
        <source>coopdesk-server %1 listening on %2:%3 (PostgreSQL: %4)</source>
        <translation>coopdesk-server %1 listening on %2:%3 (PostgreSQL: %4)</translation>
    </message>
    <message>
        <source>coopdesk-server stopped.</source>
        <translation>coopdesk-server stopped.</translation>
    </message>
    <message>
        <source>user expects add, grant, revoke-device or list.</source>
        <translation>user expects add, grant, revoke-device or list.</translation>
    </message>
    <message>
        <source>usage: user add LOGIN --password-file FILE [--name NAME]</source>
        <translation>usage: user add LOGIN --password-file FILE [--name NAME]</translation>
    </message>
    <message>
        <source>usage: user grant LOGIN --tenant TENANT --role entrepreneur|accountant|admin [--activity ID]…</source>
        <translation>usage: user grant LOGIN --tenant TENANT --role entrepreneur|accountant|admin [--activity ID]…</translation>
    </message>
    <message>
        <source>usage: user revoke-device DEVICE [--reason TEXT]</source>
        <translation>usage: user revoke-device DEVICE [--reason TEXT]</translation>
    </message>
    <message>
        <source>revoked by an administrator</source>
        <translation>revoked by an administrator</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot; (add, grant, revoke-device, list).</source>
        <translation>Unknown user command &quot;%1&quot; (add, grant, revoke-device, list).</translation>
    </message>
    <message>
        <source>The CoopDesk cooperative server.

Commands:
  serve                        run the server (the default)
  migrate                      create or update the database schema, then stop
  user add LOGIN               add a user (--password-file, --name)
  user grant LOGIN             give a role in a tenant (--tenant, --role, --activity)
  user revoke-device DEVICE    cut a device off (--reason)
  user list                    list users, roles and devices (--json)</source>
        <translation>The CoopDesk cooperative server.

Commands:
  serve                        run the server (the default)
  migrate                      create or update the database schema, then stop
  user add LOGIN               add a user (--password-file, --name)
  user grant LOGIN             give a role in a tenant (--tenant, --role, --activity)
  user revoke-device DEVICE    cut a device off (--reason)
  user list                    list users, roles and devices (--json)</translation>
    </message>
    <message>
        <source>serve, migrate or user …</source>
        <translation>serve, migrate or user …</translation>
    </message>
    <message>
        <source>The server&apos;s data folder (its private PostgreSQL lives there).</source>
        <translation>The server&apos;s data folder (its private PostgreSQL lives there).</translation>
    </message>
    <message>
        <source>Use this PostgreSQL instead (postgresql://user@host:port/db).</source>
        <translation>Use this PostgreSQL instead (postgresql://user@host:port/db).</translation>
    </message>
    <message>
        <source>Address and port to listen on.</source>
        <translation>Address and port to listen on.</translation>
    </message>
    <message>
        <source>Worker threads: devices served at once, each with its own database connection.</source>
        <translation>Worker threads: devices served at once, each with its own database connection.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (or put nginx in front).</source>
        <translation>Serve HTTPS with this PEM certificate (or put nginx in front).</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key.</source>
        <translation>The certificate&apos;s PEM private key.</translation>
    </message>
    <message>
        <source>user add: read the password from this file (- for stdin).</source>
        <translation>user add: read the password from this file (- for stdin).</translation>
    </message>
    <message>
        <source>user add: the person&apos;s name.</source>
        <translation>user add: the person&apos;s name.</translation>
    </message>
    <message>
        <source>user grant: the cooperative (its store&apos;s tenant id).</source>
        <translation>user grant: the cooperative (its store&apos;s tenant id).</translation>
    </message>
    <message>
        <source>user grant: entrepreneur, accountant or admin.</source>
        <translation>user grant: entrepreneur, accountant or admin.</translation>
    </message>
    <message>
        <source>user grant: an activity of the role (repeat for a portfolio).</source>
        <translation>user grant: an activity of the role (repeat for a portfolio).</translation>
    </message>
    <message>
        <source>user revoke-device: why, kept with the device.</source>
        <translation>user revoke-device: why, kept with the device.</translation>
    </message>
    <message>
        <source>user list: print JSON.</source>
        <translation>user list: print JSON.</translation>
    </message>
    <message>
        <source>Language of the messages: fr or en.</source>
        <translation>Language of the messages: fr or en.</translation>
    </message>
    <message>
        <source>Schema version %1.</source>
        <translation>Schema version %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (serve, migrate, user).</source>
        <translation>Unknown command &quot;%1&quot; (serve, migrate, user).</translation>
    </message>
    <message>
        <source>The document is already validated.</source>
        <translation>The document is already validated.</translation>
    </message>
    <message>
        <source>%1 waits for the server to validate it: it can no longer be changed.</source>
        <translation>%1 waits for the server to validate it: it can no longer be changed.</translation>
    </message>
    <message>
        <source>%1 waits for the server to validate it: it cannot be deleted.</source>
        <translation>%1 waits for the server to validate it: it cannot be deleted.</translation>
    </message>
    <message>
        <source>a text is required</source>
        <translation>a text is required</translation>
    </message>
    <message>
        <source>true or false is required</source>
        <translation>true or false is required</translation>
    </message>
    <message>
        <source>a value is required (null when there is none)</source>
        <translation>a value is required (null when there is none)</translation>
    </message>
    <message>
        <source>a list is required</source>
        <translation>a list is required</translation>
    </message>
    <message>
        <source>an applied operation has no conflicts</source>
        <translation>an applied operation has no conflicts</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected applied, merged or rejected)</source>
        <translation>unknown status &quot;%1&quot; (expected applied, merged or rejected)</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>the server answered %1</translation>
    </message>
    <message>
        <source>Cannot read the sync session: %1</source>
        <translation>Cannot read the sync session: %1</translation>
    </message>
    <message>
        <source>Cannot save the sync session: %1</source>
        <translation>Cannot save the sync session: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no tokens.</source>
        <translation>The server&apos;s answer has no tokens.</translation>
    </message>
    <message>
        <source>Cannot sign in:</source>
        <translation>Cannot sign in:</translation>
    </message>
    <message>
        <source>The account %1 has no role in this store&apos;s cooperative (%2) on the server.</source>
        <translation>The account %1 has no role in this store&apos;s cooperative (%2) on the server.</translation>
    </message>
    <message>
        <source>Not signed in to the cooperative&apos;s server.</source>
        <translation>Not signed in to the cooperative&apos;s server.</translation>
    </message>
    <message>
        <source>No answer from the server: %1</source>
        <translation>No answer from the server: %1</translation>
    </message>
    <message>
        <source>The session could not be renewed; sign in again:</source>
        <translation>The session could not be renewed; sign in again:</translation>
    </message>
    <message>
        <source>The server refused the changes:</source>
        <translation>The server refused the changes:</translation>
    </message>
    <message>
        <source>The server and this store disagree on the order of this device&apos;s changes (%1). Was the store restored from a backup? Ask the support team.</source>
        <translation>The server and this store disagree on the order of this device&apos;s changes (%1). Was the store restored from a backup? Ask the support team.</translation>
    </message>
    <message>
        <source>The server acknowledged none of the changes.</source>
        <translation>The server acknowledged none of the changes.</translation>
    </message>
    <message>
        <source>Sync stopped.</source>
        <translation>Sync stopped.</translation>
    </message>
    <message>
        <source>The server could not send its copy:</source>
        <translation>The server could not send its copy:</translation>
    </message>
    <message>
        <source>The server could not send its changes:</source>
        <translation>The server could not send its changes:</translation>
    </message>
    <message>
        <source>Cannot read the conflict inbox: %1</source>
        <translation>Cannot read the conflict inbox: %1</translation>
    </message>
    <message>
        <source>true or false cannot go in a text column</source>
        <translation>true or false cannot go in a text column</translation>
    </message>
    <message>
        <source>a number cannot go in a text column</source>
        <translation>a number cannot go in a text column</translation>
    </message>
    <message>
        <source>a text cannot go in a number column (&quot;%1&quot;)</source>
        <translation>a text cannot go in a number column (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>a list or an object needs a text column</source>
        <translation>a list or an object needs a text column</translation>
    </message>
    <message>
        <source>Cannot prepare a statement of sync:</source>
        <translation>Cannot prepare a statement of sync:</translation>
    </message>
    <message>
        <source>Cannot list the store&apos;s tables:</source>
        <translation>Cannot list the store&apos;s tables:</translation>
    </message>
    <message>
        <source>This store holds the cooperative &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>This store holds the cooperative &quot;%1&quot;, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the outbox:</source>
        <translation>Cannot read the outbox:</translation>
    </message>
    <message>
        <source>Cannot defer the foreign keys:</source>
        <translation>Cannot defer the foreign keys:</translation>
    </message>
    <message>
        <source>Cannot mark the transaction as a sync:</source>
        <translation>Cannot mark the transaction as a sync:</translation>
    </message>
    <message>
        <source>Cannot clear the sync mark:</source>
        <translation>Cannot clear the sync mark:</translation>
    </message>
    <message>
        <source>Cannot save what the server sent:</source>
        <translation>Cannot save what the server sent:</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; refers to %3 &quot;%4&quot;, which does not exist; nothing was saved.</source>
        <translation>%1 &quot;%2&quot; refers to %3 &quot;%4&quot;, which does not exist; nothing was saved.</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot;: this store has no such table</source>
        <translation>unknown entity &quot;%1&quot;: this store has no such table</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a synced entity (it has no id and version)</source>
        <translation>&quot;%1&quot; is not a synced entity (it has no id and version)</translation>
    </message>
    <message>
        <source>Cannot read the local row:</source>
        <translation>Cannot read the local row:</translation>
    </message>
    <message>
        <source>cannot remove the row: %1</source>
        <translation>cannot remove the row: %1</translation>
    </message>
    <message>
        <source>the server&apos;s row cannot be stored: %1</source>
        <translation>the server&apos;s row cannot be stored: %1</translation>
    </message>
    <message>
        <source>Cannot read the sync cursor:</source>
        <translation>Cannot read the sync cursor:</translation>
    </message>
    <message>
        <source>Cannot store the sync cursor:</source>
        <translation>Cannot store the sync cursor:</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) wait to be pushed: push them before replacing the device&apos;s copy.</source>
        <translation>
            <numerusform>%n operation waits to be pushed: push it before replacing the device&apos;s copy.</numerusform>
            <numerusform>%n operations wait to be pushed: push them before replacing the device&apos;s copy.</numerusform>
        </translation>
    </message>
    <message>
        <source>A cursor cannot be negative.</source>
        <translation>A cursor cannot be negative.</translation>
    </message>
    <message>
        <source>The server answered operation %1 as number %2, but it is number %3 here; nothing was acknowledged.</source>
        <translation>The server answered operation %1 as number %2, but it is number %3 here; nothing was acknowledged.</translation>
    </message>
    <message>
        <source>Another change reached the server first; the server kept its value.</source>
        <translation>Another change reached the server first; the server kept its value.</translation>
    </message>
    <message>
        <source>The server refused the change.</source>
        <translation>The server refused the change.</translation>
    </message>
    <message>
        <source>Cannot store the conflict:</source>
        <translation>Cannot store the conflict:</translation>
    </message>
    <message>
        <source>Cannot remove the operation from the outbox:</source>
        <translation>Cannot remove the operation from the outbox:</translation>
    </message>
    <message>
        <source>Cannot store the server&apos;s answers:</source>
        <translation>Cannot store the server&apos;s answers:</translation>
    </message>
    <message>
        <source>Cannot start the snapshot:</source>
        <translation>Cannot start the snapshot:</translation>
    </message>
    <message>
        <source>Cannot read the snapshot:</source>
        <translation>Cannot read the snapshot:</translation>
    </message>
    <message>
        <source>No snapshot is in progress for &quot;%1&quot;.</source>
        <translation>No snapshot is in progress for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot record the snapshot&apos;s progress:</source>
        <translation>Cannot record the snapshot&apos;s progress:</translation>
    </message>
    <message>
        <source>Cannot remove the rows the snapshot did not send: %1</source>
        <translation>Cannot remove the rows the snapshot did not send: %1</translation>
    </message>
    <message>
        <source>Cannot close the snapshot:</source>
        <translation>Cannot close the snapshot:</translation>
    </message>
    <message>
        <source>Cannot read the conflicts:</source>
        <translation>Cannot read the conflicts:</translation>
    </message>
    <message>
        <source>Cannot read the conflict:</source>
        <translation>Cannot read the conflict:</translation>
    </message>
    <message>
        <source>Conflict %1 does not exist or is resolved already.</source>
        <translation>Conflict %1 does not exist or is resolved already.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a synced entity of this store.</source>
        <translation>&quot;%1&quot; is not a synced entity of this store.</translation>
    </message>
    <message>
        <source>Cannot read the row:</source>
        <translation>Cannot read the row:</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; any more.</source>
        <translation>%1 has no field &quot;%2&quot; any more.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; no longer exists; only the server&apos;s version can be kept.</source>
        <translation>%1 &quot;%2&quot; no longer exists; only the server&apos;s version can be kept.</translation>
    </message>
    <message>
        <source>Cannot close the conflict:</source>
        <translation>Cannot close the conflict:</translation>
    </message>
    <message>
        <source>no answer from the server</source>
        <translation>no answer from the server</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>This device (%1) has been cut off by the cooperative; sign in again.</source>
        <translation>This device (%1) has been cut off by the cooperative; sign in again.</translation>
    </message>
    <message>
        <source>Cannot read the memberships:</source>
        <translation>Cannot read the memberships:</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot; (expected entrepreneur, accountant or admin).</source>
        <translation>Unknown role &quot;%1&quot; (expected entrepreneur, accountant or admin).</translation>
    </message>
    <message>
        <source>A login cannot be empty or start or end with a space.</source>
        <translation>A login cannot be empty or start or end with a space.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>Cannot add the user:</source>
        <translation>Cannot add the user:</translation>
    </message>
    <message>
        <source>A user &quot;%1&quot; exists already.</source>
        <translation>A user &quot;%1&quot; exists already.</translation>
    </message>
    <message>
        <source>The tenant cannot be empty.</source>
        <translation>The tenant cannot be empty.</translation>
    </message>
    <message>
        <source>An entrepreneur or an accountant needs at least one activity.</source>
        <translation>An entrepreneur or an accountant needs at least one activity.</translation>
    </message>
    <message>
        <source>An entrepreneur has exactly one activity.</source>
        <translation>An entrepreneur has exactly one activity.</translation>
    </message>
    <message>
        <source>Cannot read the user:</source>
        <translation>Cannot read the user:</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>There is no user &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the tenant:</source>
        <translation>Cannot create the tenant:</translation>
    </message>
    <message>
        <source>Cannot grant the role:</source>
        <translation>Cannot grant the role:</translation>
    </message>
    <message>
        <source>Cannot revoke the device:</source>
        <translation>Cannot revoke the device:</translation>
    </message>
    <message>
        <source>There is no device &quot;%1&quot;.</source>
        <translation>There is no device &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot revoke the device&apos;s tokens:</source>
        <translation>Cannot revoke the device&apos;s tokens:</translation>
    </message>
    <message>
        <source>Cannot list the users:</source>
        <translation>Cannot list the users:</translation>
    </message>
    <message>
        <source>Cannot list the devices:</source>
        <translation>Cannot list the devices:</translation>
    </message>
    <message>
        <source>Cannot create the server key:</source>
        <translation>Cannot create the server key:</translation>
    </message>
    <message>
        <source>Cannot read the server key:</source>
        <translation>Cannot read the server key:</translation>
    </message>
    <message>
        <source>Cannot store the refresh token:</source>
        <translation>Cannot store the refresh token:</translation>
    </message>
    <message>
        <source>Cannot spend the refresh token:</source>
        <translation>Cannot spend the refresh token:</translation>
    </message>
    <message>
        <source>Cannot update the device:</source>
        <translation>Cannot update the device:</translation>
    </message>
    <message>
        <source>A device id is required.</source>
        <translation>A device id is required.</translation>
    </message>
    <message>
        <source>Cannot register the device:</source>
        <translation>Cannot register the device:</translation>
    </message>
    <message>
        <source>Cannot read the device:</source>
        <translation>Cannot read the device:</translation>
    </message>
    <message>
        <source>This device belongs to another user.</source>
        <translation>This device belongs to another user.</translation>
    </message>
    <message>
        <source>Cannot read the refresh token:</source>
        <translation>Cannot read the refresh token:</translation>
    </message>
    <message>
        <source>The refresh token is not valid; sign in again.</source>
        <translation>The refresh token is not valid; sign in again.</translation>
    </message>
    <message>
        <source>The session has expired; sign in again.</source>
        <translation>The session has expired; sign in again.</translation>
    </message>
    <message>
        <source>This refresh request was already answered.</source>
        <translation>This refresh request was already answered.</translation>
    </message>
    <message>
        <source>The access token is not valid.</source>
        <translation>The access token is not valid.</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>The body is not JSON: %1 at byte %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>The body must be a JSON object.</translation>
    </message>
    <message>
        <source>A text cannot hold the character U+0000.</source>
        <translation>A text cannot hold the character U+0000.</translation>
    </message>
    <message>
        <source>There is no %1 here.</source>
        <translation>There is no %1 here.</translation>
    </message>
    <message>
        <source>This server speaks protocol %1; the request said &quot;%2&quot;. Update CoopDesk.</source>
        <translation>This server speaks protocol %1; the request said &quot;%2&quot;. Update CoopDesk.</translation>
    </message>
    <message>
        <source>An access token is required.</source>
        <translation>An access token is required.</translation>
    </message>
    <message>
        <source>Cannot lock the tenant&apos;s clock:</source>
        <translation>Cannot lock the tenant&apos;s clock:</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s clock:</source>
        <translation>Cannot read the server&apos;s clock:</translation>
    </message>
    <message>
        <source>Cannot read the closed period:</source>
        <translation>Cannot read the closed period:</translation>
    </message>
    <message>
        <source>Cannot create the counter %1:</source>
        <translation>Cannot create the counter %1:</translation>
    </message>
    <message>
        <source>Cannot read the credit notes of %1:</source>
        <translation>Cannot read the credit notes of %1:</translation>
    </message>
    <message>
        <source>Cannot read the hash chain:</source>
        <translation>Cannot read the hash chain:</translation>
    </message>
    <message>
        <source>Cannot extend the hash chain:</source>
        <translation>Cannot extend the hash chain:</translation>
    </message>
    <message>
        <source>the server has no such document</source>
        <translation>the server has no such document</translation>
    </message>
    <message>
        <source>forbidden: activity %1 is outside your role</source>
        <translation>forbidden: activity %1 is outside your role</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <source>invalid: validate_invoice issues invoices; this is a credit note</source>
        <translation>invalid: validate_invoice issues invoices; this is a credit note</translation>
    </message>
    <message>
        <source>invalid: issue_credit_note issues credit notes; this is an invoice</source>
        <translation>invalid: issue_credit_note issues credit notes; this is an invoice</translation>
    </message>
    <message>
        <source>immutable: already validated as %1</source>
        <translation>immutable: already validated as %1</translation>
    </message>
    <message>
        <source>invalid: the cooperative&apos;s settings are not on the server</source>
        <translation>invalid: the cooperative&apos;s settings are not on the server</translation>
    </message>
    <message>
        <source>invalid: the activity &quot;%1&quot; is not on the server</source>
        <translation>invalid: the activity &quot;%1&quot; is not on the server</translation>
    </message>
    <message>
        <source>invalid: the customer &quot;%1&quot; is not on the server</source>
        <translation>invalid: the customer &quot;%1&quot; is not on the server</translation>
    </message>
    <message>
        <source>Cannot lock the series %1:</source>
        <translation>Cannot lock the series %1:</translation>
    </message>
    <message>
        <source>closed: the period is closed until %1</source>
        <translation>closed: the period is closed until %1</translation>
    </message>
    <message>
        <source>Cannot draw a number from %1:</source>
        <translation>Cannot draw a number from %1:</translation>
    </message>
    <message>
        <source>Cannot date the series %1:</source>
        <translation>Cannot date the series %1:</translation>
    </message>
    <message>
        <source>forbidden: only an administrator or an accountant closes a period</source>
        <translation>forbidden: only an administrator or an accountant closes a period</translation>
    </message>
    <message>
        <source>invalid: until: a date YYYY-MM-DD is expected</source>
        <translation>invalid: until: a date YYYY-MM-DD is expected</translation>
    </message>
    <message>
        <source>invalid: the period is already closed until %1; it is not reopened by closing an earlier date</source>
        <translation>invalid: the period is already closed until %1; it is not reopened by closing an earlier date</translation>
    </message>
    <message>
        <source>Cannot close the period:</source>
        <translation>Cannot close the period:</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>link %1 follows link %2</source>
        <translation>link %1 follows link %2</translation>
    </message>
    <message>
        <source>link %1 (%2) does not follow the previous link</source>
        <translation>link %1 (%2) does not follow the previous link</translation>
    </message>
    <message>
        <source>link %1 (%2) does not match its own content</source>
        <translation>link %1 (%2) does not match its own content</translation>
    </message>
    <message>
        <source>document %1 (link %2) has been removed</source>
        <translation>document %1 (link %2) has been removed</translation>
    </message>
    <message>
        <source>document %1 can no longer be read: %2</source>
        <translation>document %1 can no longer be read: %2</translation>
    </message>
    <message>
        <source>document %1 has been altered since it was issued</source>
        <translation>document %1 has been altered since it was issued</translation>
    </message>
    <message>
        <source>Cannot read the documents:</source>
        <translation>Cannot read the documents:</translation>
    </message>
    <message>
        <source>document %1 is validated but not in the chain</source>
        <translation>document %1 is validated but not in the chain</translation>
    </message>
    <message>
        <source>Cannot read the numbers:</source>
        <translation>Cannot read the numbers:</translation>
    </message>
    <message>
        <source>Cannot read the counters:</source>
        <translation>Cannot read the counters:</translation>
    </message>
    <message>
        <source>counter %1: %2</source>
        <translation>counter %1: %2</translation>
    </message>
    <message>
        <source>counter %1: numbers %2 to %3 were drawn but no document carries them</source>
        <translation>counter %1: numbers %2 to %3 were drawn but no document carries them</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium could not be initialised.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Not enough memory to hash the password.</translation>
    </message>
    <message>
        <source>The access token has expired.</source>
        <translation>The access token has expired.</translation>
    </message>
    <message>
        <source>Cannot switch to the server&apos;s role:</source>
        <translation>Cannot switch to the server&apos;s role:</translation>
    </message>
    <message>
        <source>Cannot prepare a statement:</source>
        <translation>Cannot prepare a statement:</translation>
    </message>
    <message>
        <source>Cannot configure the session:</source>
        <translation>Cannot configure the session:</translation>
    </message>
    <message>
        <source>Cannot create the role %1:</source>
        <translation>Cannot create the role %1:</translation>
    </message>
    <message>
        <source>Cannot grant the role %1:</source>
        <translation>Cannot grant the role %1:</translation>
    </message>
    <message>
        <source>Cannot create the migrations table:</source>
        <translation>Cannot create the migrations table:</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>Cannot lock the schema:</source>
        <translation>Cannot lock the schema:</translation>
    </message>
    <message>
        <source>Cannot read the schema version:</source>
        <translation>Cannot read the schema version:</translation>
    </message>
    <message>
        <source>Server migration %1 (%2) failed:</source>
        <translation>Server migration %1 (%2) failed:</translation>
    </message>
    <message>
        <source>Cannot record migration %1:</source>
        <translation>Cannot record migration %1:</translation>
    </message>
    <message>
        <source>Cannot commit migration %1: %2</source>
        <translation>Cannot commit migration %1: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction:</source>
        <translation>Cannot start a transaction:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user id.</source>
        <translation>&quot;%1&quot; is not a user id.</translation>
    </message>
    <message>
        <source>Cannot set the request&apos;s user:</source>
        <translation>Cannot set the request&apos;s user:</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Cannot commit: %1</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1 or its key %2.</source>
        <translation>Cannot read the TLS certificate %1 or its key %2.</translation>
    </message>
    <message>
        <source>This build has no TLS; put nginx in front.</source>
        <translation>This build has no TLS; put nginx in front.</translation>
    </message>
    <message>
        <source>Cannot listen on %1.</source>
        <translation>Cannot listen on %1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (in use, or not allowed).</source>
        <translation>Cannot listen on %1:%2 (in use, or not allowed).</translation>
    </message>
    <message>
        <source>Cannot give %1 to the user %2: %3</source>
        <translation>Cannot give %1 to the user %2: %3</translation>
    </message>
    <message>
        <source>%1 does not hold PostgreSQL&apos;s initdb and postgres programs.</source>
        <translation>%1 does not hold PostgreSQL&apos;s initdb and postgres programs.</translation>
    </message>
    <message>
        <source>COOP_PG_BINDIR (%1) does not hold PostgreSQL&apos;s initdb and postgres programs.</source>
        <translation>COOP_PG_BINDIR (%1) does not hold PostgreSQL&apos;s initdb and postgres programs.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s server programs (initdb, postgres) were not found in PATH, through pg_config or in /usr/lib/postgresql/&lt;version&gt;/bin. Install the server (Debian: apt install postgresql) or set COOP_PG_BINDIR.</source>
        <translation>PostgreSQL&apos;s server programs (initdb, postgres) were not found in PATH, through pg_config or in /usr/lib/postgresql/&lt;version&gt;/bin. Install the server (Debian: apt install postgresql) or set COOP_PG_BINDIR.</translation>
    </message>
    <message>
        <source>The PostgreSQL cluster needs a folder to live in.</source>
        <translation>The PostgreSQL cluster needs a folder to live in.</translation>
    </message>
    <message>
        <source>The cluster&apos;s superuser needs a name of 1 to 63 bytes.</source>
        <translation>The cluster&apos;s superuser needs a name of 1 to 63 bytes.</translation>
    </message>
    <message>
        <source>The cluster&apos;s port must be from 1 to 65535, not %1.</source>
        <translation>The cluster&apos;s port must be from 1 to 65535, not %1.</translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root, and so does CoopDesk&apos;s private cluster: run this program as an ordinary user, or name the system user PostgreSQL should run as (for example “postgres”).</source>
        <translation>PostgreSQL refuses to run as root, and so does CoopDesk&apos;s private cluster: run this program as an ordinary user, or name the system user PostgreSQL should run as (for example “postgres”).</translation>
    </message>
    <message>
        <source>PostgreSQL cannot run as root: name another system user to run it as.</source>
        <translation>PostgreSQL cannot run as root: name another system user to run it as.</translation>
    </message>
    <message>
        <source>There is no system user named “%1” to run PostgreSQL as.</source>
        <translation>There is no system user named “%1” to run PostgreSQL as.</translation>
    </message>
    <message>
        <source>The user “%1” has root&apos;s identity; PostgreSQL cannot run as it.</source>
        <translation>The user “%1” has root&apos;s identity; PostgreSQL cannot run as it.</translation>
    </message>
    <message>
        <source>runuser (util-linux) is needed to run PostgreSQL as “%1” and was not found.</source>
        <translation>runuser (util-linux) is needed to run PostgreSQL as “%1” and was not found.</translation>
    </message>
    <message>
        <source>Only root can run PostgreSQL as another user (“%1”); this program runs as “%2”, which PostgreSQL accepts: leave the user empty.</source>
        <translation>Only root can run PostgreSQL as another user (“%1”); this program runs as “%2”, which PostgreSQL accepts: leave the user empty.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for PostgreSQL.</source>
        <translation>Cannot create the folder %1 for PostgreSQL.</translation>
    </message>
    <message>
        <source>The cluster in %1 was created by PostgreSQL %2 but the programs in %3 are PostgreSQL %4: install PostgreSQL %2 (or upgrade the cluster with pg_upgrade).</source>
        <translation>The cluster in %1 was created by PostgreSQL %2 but the programs in %3 are PostgreSQL %4: install PostgreSQL %2 (or upgrade the cluster with pg_upgrade).</translation>
    </message>
    <message>
        <source>Cannot create the socket folder %1.</source>
        <translation>Cannot create the socket folder %1.</translation>
    </message>
    <message>
        <source>The socket path in %1 would be %2 bytes long, more than the %3 a Unix socket allows, and no folder could be made in %4 instead: %5</source>
        <translation>The socket path in %1 would be %2 bytes long, more than the %3 a Unix socket allows, and no folder could be made in %4 instead: %5</translation>
    </message>
    <message>
        <source>A Unix socket path is at most %1 bytes: both %2 and %3 are too long for PostgreSQL&apos;s socket. Use a shorter data folder or TMPDIR.</source>
        <translation>A Unix socket path is at most %1 bytes: both %2 and %3 are too long for PostgreSQL&apos;s socket. Use a shorter data folder or TMPDIR.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s socket is in %1: in the data folder its path would be %2 bytes long, more than the %3 a Unix socket allows.</source>
        <translation>PostgreSQL&apos;s socket is in %1: in the data folder its path would be %2 bytes long, more than the %3 a Unix socket allows.</translation>
    </message>
    <message>
        <source>The user “%1” cannot write in %2 (or %3): every folder above them must be searchable by that user (chmod o+x).%4</source>
        <translation>The user “%1” cannot write in %2 (or %3): every folder above them must be searchable by that user (chmod o+x).%4</translation>
    </message>
    <message>
        <source>%1 holds files but no PostgreSQL cluster (no PG_VERSION), perhaps from an interrupted first start: move it away or empty it, then start again.</source>
        <translation>%1 holds files but no PostgreSQL cluster (no PG_VERSION), perhaps from an interrupted first start: move it away or empty it, then start again.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Cannot run %1: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
    <message>
        <source>stopped after %1 s</source>
        <translation>stopped after %1 s</translation>
    </message>
    <message>
        <source>initdb could not create the cluster in %1 (%2):
%3</source>
        <translation>initdb could not create the cluster in %1 (%2):
%3</translation>
    </message>
    <message>
        <source>A PostgreSQL server (process %1) is already running on %2, started by another program or an earlier run that is still alive. Stop it first (pg_ctl stop -D %2), or give this program its URL instead.</source>
        <translation>A PostgreSQL server (process %1) is already running on %2, started by another program or an earlier run that is still alive. Stop it first (pg_ctl stop -D %2), or give this program its URL instead.</translation>
    </message>
    <message>
        <source>Cannot remove the stale %1 left by a server that is no longer running.</source>
        <translation>Cannot remove the stale %1 left by a server that is no longer running.</translation>
    </message>
    <message>
        <source>PostgreSQL stopped while starting in %1 (exit code %2). The end of its log (%3):
%4</source>
        <translation>PostgreSQL stopped while starting in %1 (exit code %2). The end of its log (%3):
%4</translation>
    </message>
    <message>
        <source>The server does not answer:</source>
        <translation>The server does not answer:</translation>
    </message>
    <message>
        <source>PostgreSQL did not accept connections on %1 within %2 s.%3 The end of its log (%4):
%5</source>
        <translation>PostgreSQL did not accept connections on %1 within %2 s.%3 The end of its log (%4):
%5</translation>
    </message>
    <message>
        <source>(no log)</source>
        <translation>(no log)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>PostgreSQL did not stop within %1 s and was stopped at once; the next start recovers from its log. The end of its log (%2):
%3</source>
        <translation>PostgreSQL did not stop within %1 s and was stopped at once; the next start recovers from its log. The end of its log (%2):
%3</translation>
    </message>
    <message>
        <source>PostgreSQL did not stop within %1 s and was killed: %2</source>
        <translation>PostgreSQL did not stop within %1 s and was killed: %2</translation>
    </message>
    <message>
        <source>A PostgreSQL database name has 1 to 63 bytes: “%1” does not.</source>
        <translation>A PostgreSQL database name has 1 to 63 bytes: “%1” does not.</translation>
    </message>
    <message>
        <source>Cannot create the database “%1”: the cluster in %2 is not running.</source>
        <translation>Cannot create the database “%1”: the cluster in %2 is not running.</translation>
    </message>
    <message>
        <source>Cannot look for the database “%1”: %2</source>
        <translation>Cannot look for the database “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot create the database “%1”:</source>
        <translation>Cannot create the database “%1”:</translation>
    </message>
    <message>
        <source>The %1 in the PostgreSQL URL has a malformed percent sign: write “%” and two hexadecimal digits of UTF-8, e.g. %2 for @.</source>
        <translation>The %1 in the PostgreSQL URL has a malformed percent sign: write “%” and two hexadecimal digits of UTF-8, e.g. %2 for @.</translation>
    </message>
    <message>
        <source>The port “%1” in the PostgreSQL URL is not a number from 1 to 65535.</source>
        <translation>The port “%1” in the PostgreSQL URL is not a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names several hosts; CoopDesk connects to one server: keep a single host.</source>
        <translation>The PostgreSQL URL names several hosts; CoopDesk connects to one server: keep a single host.</translation>
    </message>
    <message>
        <source>(named after the user)</source>
        <translation>(named after the user)</translation>
    </message>
    <message>
        <source>(the system user)</source>
        <translation>(the system user)</translation>
    </message>
    <message>
        <source>the default local socket, port %1</source>
        <translation>the default local socket, port %1</translation>
    </message>
    <message>
        <source>the socket folder %1, port %2</source>
        <translation>the socket folder %1, port %2</translation>
    </message>
    <message>
        <source>host %1, port %2</source>
        <translation>host %1, port %2</translation>
    </message>
    <message>
        <source>database “%1” on %2 as user “%3”</source>
        <translation>database “%1” on %2 as user “%3”</translation>
    </message>
    <message>
        <source>A PostgreSQL URL starts with postgresql:// or postgres://, e.g. postgresql://user@host:5432/database.</source>
        <translation>A PostgreSQL URL starts with postgresql:// or postgres://, e.g. postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>The IPv6 address in the PostgreSQL URL lacks its closing bracket “]”.</source>
        <translation>The IPv6 address in the PostgreSQL URL lacks its closing bracket “]”.</translation>
    </message>
    <message>
        <source>Only “:port” may follow the IPv6 address in the PostgreSQL URL.</source>
        <translation>Only “:port” may follow the IPv6 address in the PostgreSQL URL.</translation>
    </message>
    <message>
        <source>The host in the PostgreSQL URL has several colons: write an IPv6 address in brackets, e.g. [::1]:5432.</source>
        <translation>The host in the PostgreSQL URL has several colons: write an IPv6 address in brackets, e.g. [::1]:5432.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>database name</translation>
    </message>
    <message>
        <source>The parameter “%1” in the PostgreSQL URL&apos;s query has no value: write name=value.</source>
        <translation>The parameter “%1” in the PostgreSQL URL&apos;s query has no value: write name=value.</translation>
    </message>
    <message>
        <source>query</source>
        <translation>query</translation>
    </message>
    <message>
        <source>parameter “%1”</source>
        <translation>parameter “%1”</translation>
    </message>
    <message>
        <source>The parameter “%1” in the PostgreSQL URL cannot contain “;”.</source>
        <translation>The parameter “%1” in the PostgreSQL URL cannot contain “;”.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has a parameter “%1” that libpq does not know.</source>
        <translation>The PostgreSQL URL has a parameter “%1” that libpq does not know.</translation>
    </message>
    <message>
        <source>A database connection named “%1” is open already.</source>
        <translation>A database connection named “%1” is open already.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install it (Debian: libqt6sql6-psql) to connect to %1.</source>
        <translation>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install it (Debian: libqt6sql6-psql) to connect to %1.</translation>
    </message>
    <message>
        <source>The connection parameter “%1” cannot contain “;”.</source>
        <translation>The connection parameter “%1” cannot contain “;”.</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL, %1: %2</source>
        <translation>Cannot connect to PostgreSQL, %1: %2</translation>
    </message>
    <message>
        <source>invalid: an activity id has at most %1 characters</source>
        <translation>invalid: an activity id has at most %1 characters</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; refers to %3 &quot;%4&quot;, which the server does not have.</source>
        <translation>%1 &quot;%2&quot; refers to %3 &quot;%4&quot;, which the server does not have.</translation>
    </message>
    <message>
        <source>Cannot read the rows of the push:</source>
        <translation>Cannot read the rows of the push:</translation>
    </message>
    <message>
        <source>Cannot read %1 &quot;%2&quot;:</source>
        <translation>Cannot read %1 &quot;%2&quot;:</translation>
    </message>
    <message>
        <source>Cannot number the change:</source>
        <translation>Cannot number the change:</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; for this user.</source>
        <translation>There is no tenant &quot;%1&quot; for this user.</translation>
    </message>
    <message>
        <source>Cannot write the rows of the push:</source>
        <translation>Cannot write the rows of the push:</translation>
    </message>
    <message>
        <source>forbidden: the cooperative&apos;s %1 is edited by the support team</source>
        <translation>forbidden: the cooperative&apos;s %1 is edited by the support team</translation>
    </message>
    <message>
        <source>forbidden: %1 is edited by the support team</source>
        <translation>forbidden: %1 is edited by the support team</translation>
    </message>
    <message>
        <source>forbidden: only the support team validates a %1</source>
        <translation>forbidden: only the support team validates a %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entity</source>
        <translation>&quot;%1&quot; is not an entity</translation>
    </message>
    <message>
        <source>invalid: an id has at most %1 characters</source>
        <translation>invalid: an id has at most %1 characters</translation>
    </message>
    <message>
        <source>the server has no such row</source>
        <translation>the server has no such row</translation>
    </message>
    <message>
        <source>immutable: a validated document cannot be deleted</source>
        <translation>immutable: a validated document cannot be deleted</translation>
    </message>
    <message>
        <source>changed on the server since; not deleted</source>
        <translation>changed on the server since; not deleted</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>deleted on the server</translation>
    </message>
    <message>
        <source>immutable: a validated document cannot be changed</source>
        <translation>immutable: a validated document cannot be changed</translation>
    </message>
    <message>
        <source>You are not a member of &quot;%1&quot;.</source>
        <translation>You are not a member of &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the change log:</source>
        <translation>Cannot read the change log:</translation>
    </message>
    <message>
        <source>The device of the push is not the device of the token.</source>
        <translation>The device of the push is not the device of the token.</translation>
    </message>
    <message>
        <source>a list of operations is required</source>
        <translation>a list of operations is required</translation>
    </message>
    <message>
        <source>At most %1 operations per push.</source>
        <translation>At most %1 operations per push.</translation>
    </message>
    <message>
        <source>The operation is for tenant &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>The operation is for tenant &quot;%1&quot;, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the device&apos;s progress:</source>
        <translation>Cannot read the device&apos;s progress:</translation>
    </message>
    <message>
        <source>Cannot read the applied operations:</source>
        <translation>Cannot read the applied operations:</translation>
    </message>
    <message>
        <source>expected operation %1 of this device first</source>
        <translation>expected operation %1 of this device first</translation>
    </message>
    <message>
        <source>The cursor cannot be negative.</source>
        <translation>The cursor cannot be negative.</translation>
    </message>
    <message>
        <source>The changes after %1 are no longer kept; a snapshot is needed.</source>
        <translation>The changes after %1 are no longer kept; a snapshot is needed.</translation>
    </message>
    <message>
        <source>expected entity/id</source>
        <translation>expected entity/id</translation>
    </message>
    <message>
        <source>Cannot read the rows:</source>
        <translation>Cannot read the rows:</translation>
    </message>
    <message>
        <source>a lowercase SHA-256 in hexadecimal is expected</source>
        <translation>a lowercase SHA-256 in hexadecimal is expected</translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes.</source>
        <translation>The file is larger than %1 bytes.</translation>
    </message>
    <message>
        <source>The bytes sent do not have this SHA-256.</source>
        <translation>The bytes sent do not have this SHA-256.</translation>
    </message>
    <message>
        <source>Activity %1 is outside your role.</source>
        <translation>Activity %1 is outside your role.</translation>
    </message>
    <message>
        <source>Cannot store the file:</source>
        <translation>Cannot store the file:</translation>
    </message>
    <message>
        <source>Cannot read the file:</source>
        <translation>Cannot read the file:</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>There is no such file.</translation>
    </message>
    <message>
        <source>Cannot prune the change log:</source>
        <translation>Cannot prune the change log:</translation>
    </message>
    <message>
        <source>The sync has no access to the store.</source>
        <translation>The sync has no access to the store.</translation>
    </message>
    <message>
        <source>The account %1 has no role in any cooperative on this server.</source>
        <translation>The account %1 has no role in any cooperative on this server.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Unknown role &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the person&apos;s role: %1</source>
        <translation>Cannot read the person&apos;s role: %1</translation>
    </message>
</context>
<context>
    <name>coop::ui::AccountingArea</name>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Trial &amp;balance</source>
        <translation>Trial &amp;balance</translation>
    </message>
    <message>
        <source>Period c&amp;losing</source>
        <translation>Period c&amp;losing</translation>
    </message>
    <message>
        <source>Accountant&apos;s CS&amp;V…</source>
        <extracomment>Opens the export of the entries for the chartered accountant</extracomment>
        <translation>Accountant&apos;s CS&amp;V…</translation>
    </message>
    <message>
        <source>&amp;FEC…</source>
        <translation>&amp;FEC…</translation>
    </message>
    <message>
        <source>The fichier des écritures comptables of a fiscal year</source>
        <translation>The fichier des écritures comptables of a fiscal year</translation>
    </message>
</context>
<context>
    <name>coop::ui::AccountingReports</name>
    <message>
        <source>The general ledger has %1 lines, more than a PDF can hold (%2): choose a longer account number or export it as CSV.</source>
        <extracomment>%1 is a number of lines, %2 the limit</extracomment>
        <translation>The general ledger has %1 lines, more than a PDF can hold (%2): choose a longer account number or export it as CSV.</translation>
    </message>
    <message>
        <source>Trial balance — %1</source>
        <extracomment>The title of the trial balance&apos;s PDF</extracomment>
        <translation>Trial balance — %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <extracomment>Under the trial balance&apos;s title; %1 and %2 are dates</extracomment>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>analytic code %1</source>
        <extracomment>Appended to the trial balance&apos;s subtitle when an analytic code filters it</extracomment>
        <translation>analytic code %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Opening debit</source>
        <translation>Opening debit</translation>
    </message>
    <message>
        <source>Opening credit</source>
        <translation>Opening credit</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Balance debit</source>
        <translation>Balance debit</translation>
    </message>
    <message>
        <source>Balance credit</source>
        <translation>Balance credit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>General ledger — %1</source>
        <extracomment>The title of the general ledger&apos;s PDF</extracomment>
        <translation>General ledger — %1</translation>
    </message>
    <message>
        <source>accounts %1…</source>
        <extracomment>In the general ledger&apos;s subtitle: the accounts it covers</extracomment>
        <translation>accounts %1…</translation>
    </message>
    <message>
        <source>journal %1</source>
        <translation>journal %1</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column of the general ledger: the journal&apos;s code (short)</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jnl</source>
        <translation>Jnl</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>Piece</translation>
    </message>
    <message>
        <source>Analytic</source>
        <translation>Analytic</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>C</source>
        <extracomment>A running balance in the general ledger: D for debit, C for credit</extracomment>
        <translation>C</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Balance brought forward</source>
        <extracomment>The general ledger&apos;s first line of an account: its balance brought forward</extracomment>
        <translation>Balance brought forward</translation>
    </message>
    <message>
        <source>Total %1</source>
        <extracomment>The subtotal row of an account in the general ledger</extracomment>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Trial balance on %1</source>
        <translation>Trial balance on %1</translation>
    </message>
    <message>
        <source>General ledger on %1</source>
        <translation>General ledger on %1</translation>
    </message>
    <message>
        <source>General ledger</source>
        <translation>General ledger</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <extracomment>At the foot of every page of a printed report</extracomment>
        <translation>Page %1 / %2</translation>
    </message>
</context>
<context>
    <name>coop::ui::AlertsModel</name>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>coop::ui::AlertsPage</name>
    <message>
        <source>The alerts cannot be read: %1</source>
        <translation>The alerts cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract alerts</source>
        <translation>Contract alerts</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>No alert on this date.</source>
        <translation>No alert on this date.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>coop::ui::CatalogDialog</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Catalogue items</source>
        <translation>Catalogue items</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation>Unit price excl. VAT</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Revenue account</source>
        <translation>Revenue account</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchive</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The catalogue cannot be read: %1</source>
        <translation>The catalogue cannot be read: %1</translation>
    </message>
    <message>
        <source>B&amp;ring back</source>
        <translation>B&amp;ring back</translation>
    </message>
</context>
<context>
    <name>coop::ui::CatalogItemDialog</name>
    <message>
        <source>New catalogue item</source>
        <translation>New catalogue item</translation>
    </message>
    <message>
        <source>Catalogue item</source>
        <translation>Catalogue item</translation>
    </message>
    <message>
        <source>The price is excluding VAT; the revenue account starts with 70.</source>
        <translation>The price is excluding VAT; the revenue account starts with 70.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>e.g. 706000</source>
        <translation>e.g. 706000</translation>
    </message>
    <message>
        <source>&amp;Designation:</source>
        <translation>&amp;Designation:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Unit &amp;price excl. VAT:</source>
        <translation>Unit &amp;price excl. VAT:</translation>
    </message>
    <message>
        <source>&amp;VAT rate:</source>
        <translation>&amp;VAT rate:</translation>
    </message>
    <message>
        <source>&amp;Exemption mention:</source>
        <translation>&amp;Exemption mention:</translation>
    </message>
    <message>
        <source>&amp;Revenue account:</source>
        <translation>&amp;Revenue account:</translation>
    </message>
</context>
<context>
    <name>coop::ui::ClosePeriodDialog</name>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>Close the period</source>
        <translation>Close the period</translation>
    </message>
    <message>
        <source>Close &amp;until:</source>
        <translation>Close &amp;until:</translation>
    </message>
    <message>
        <source>No entry dated on or before %1 can be written afterwards: invoices, credit notes, payments, expense reports, payroll runs and allocations dated then are refused, and the entries already there stay as they are. Only an administrator can reopen the period, with a reason that is recorded.</source>
        <extracomment>The close dialog&apos;s explanation; %1 is the last day closed</extracomment>
        <translation>No entry dated on or before %1 can be written afterwards: invoices, credit notes, payments, expense reports, payroll runs and allocations dated then are refused, and the entries already there stay as they are. Only an administrator can reopen the period, with a reason that is recorded.</translation>
    </message>
    <message>
        <source>The days from %1 are closed by this.</source>
        <extracomment>Added to the close dialog&apos;s explanation; %1 is the first day not yet closed</extracomment>
        <translation>The days from %1 are closed by this.</translation>
    </message>
    <message>
        <source>Close the accounts until %1</source>
        <translation>Close the accounts until %1</translation>
    </message>
    <message>
        <source>Choose the last day to close.</source>
        <translation>Choose the last day to close.</translation>
    </message>
    <message>
        <source>The accounts are already closed until %1: choose a later day.</source>
        <extracomment>%1 is the last day closed now</extracomment>
        <translation>The accounts are already closed until %1: choose a later day.</translation>
    </message>
</context>
<context>
    <name>coop::ui::ContractDialog</name>
    <message>
        <source>New CAPE for %1</source>
        <translation>New CAPE for %1</translation>
    </message>
    <message>
        <source>A CAPE (business project support contract) lasts at most 12 months and can be renewed twice, 36 months in all. It is not an employment contract.</source>
        <translation>A CAPE (business project support contract) lasts at most 12 months and can be renewed twice, 36 months in all. It is not an employment contract.</translation>
    </message>
    <message>
        <source>Create the CAPE</source>
        <translation>Create the CAPE</translation>
    </message>
    <message>
        <source>Renew the CAPE of %1</source>
        <translation>Renew the CAPE of %1</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>Sign a CESA with %1</source>
        <translation>Sign a CESA with %1</translation>
    </message>
    <message>
        <source>The CESA is an employment contract without end date. Its terms can change later through amendments.</source>
        <translation>The CESA is an employment contract without end date. Its terms can change later through amendments.</translation>
    </message>
    <message>
        <source>Sign the CESA</source>
        <translation>Sign the CESA</translation>
    </message>
    <message>
        <source>Amendment to the CESA of %1</source>
        <translation>Amendment to the CESA of %1</translation>
    </message>
    <message>
        <source>The new terms apply from their effective date; the earlier ones stay in the contract&apos;s history.</source>
        <translation>The new terms apply from their effective date; the earlier ones stay in the contract&apos;s history.</translation>
    </message>
    <message>
        <source>Add the amendment</source>
        <translation>Add the amendment</translation>
    </message>
    <message>
        <source>%1 becomes an associate</source>
        <translation>%1 becomes an associate</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>End the %1 of %2</source>
        <translation>End the %1 of %2</translation>
    </message>
    <message>
        <source>End the contract</source>
        <translation>End the contract</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Signed on:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Initial period %1</source>
        <translation>Initial period %1</translation>
    </message>
    <message>
        <source>Renewal %1 %2</source>
        <translation>Renewal %1 %2</translation>
    </message>
    <message>
        <source>So far:</source>
        <translation>So far:</translation>
    </message>
    <message>
        <source>Renewal &amp;from:</source>
        <translation>Renewal &amp;from:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <source>Renewal &amp;until:</source>
        <translation>Renewal &amp;until:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>End the CAPE on %1, the day before</source>
        <translation>End the CAPE on %1, the day before</translation>
    </message>
    <message>
        <source>Associate &amp;since:</source>
        <translation>Associate &amp;since:</translation>
    </message>
    <message>
        <source>&amp;Shares subscribed:</source>
        <translation>&amp;Shares subscribed:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;Effective from:</translation>
    </message>
    <message>
        <source>&amp;Fixed monthly part:</source>
        <extracomment>The gross fixed part of the monthly pay (L7331-2 (d) Code du travail)</extracomment>
        <translation>&amp;Fixed monthly part:</translation>
    </message>
    <message>
        <source>€ gross a month</source>
        <translation>€ gross a month</translation>
    </message>
    <message>
        <source>Share of the activity&apos;s available margin paid as the variable part of the pay.</source>
        <translation>Share of the activity&apos;s available margin paid as the variable part of the pay.</translation>
    </message>
    <message>
        <source>&amp;Variable part:</source>
        <translation>&amp;Variable part:</translation>
    </message>
    <message>
        <source>% of the available margin</source>
        <translation>% of the available margin</translation>
    </message>
    <message>
        <source>&amp;equivalent hours</source>
        <translation>&amp;equivalent hours</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>h a month</source>
        <translation>h a month</translation>
    </message>
    <message>
        <source>Executive status (&amp;cadre)</source>
        <translation>Executive status (&amp;cadre)</translation>
    </message>
    <message>
        <source>Executive status (cadre)</source>
        <translation>Executive status (cadre)</translation>
    </message>
    <message>
        <source>code of the scale voted by the general assembly</source>
        <translation>code of the scale voted by the general assembly</translation>
    </message>
    <message>
        <source>Contribution &amp;scale:</source>
        <translation>Contribution &amp;scale:</translation>
    </message>
    <message>
        <source>&amp;Referent:</source>
        <translation>&amp;Referent:</translation>
    </message>
    <message>
        <source>e.g. more hours from January</source>
        <translation>e.g. more hours from January</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>The CAPE: %1</source>
        <translation>The CAPE: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>A flat rate for this contract in place of the scale&apos;s brackets (its floor and cap still apply); empty for the scale&apos;s own rates.</source>
        <translation>A flat rate for this contract in place of the scale&apos;s brackets (its floor and cap still apply); empty for the scale&apos;s own rates.</translation>
    </message>
    <message>
        <source>Contribution overr&amp;ide:</source>
        <translation>Contribution overr&amp;ide:</translation>
    </message>
    <message>
        <source>% instead of the scale&apos;s brackets</source>
        <translation>% instead of the scale&apos;s brackets</translation>
    </message>
</context>
<context>
    <name>coop::ui::ContractDocument</name>
    <message>
        <source>Only a CESA with its terms can be printed.</source>
        <translation>Only a CESA with its terms can be printed.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>coop::ui::ContractEventsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>coop::ui::ContractTimeline</name>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>CAPE start</source>
        <translation>CAPE start</translation>
    </message>
    <message>
        <source>signed on %1, %2</source>
        <translation>signed on %1, %2</translation>
    </message>
    <message>
        <source>CAPE renewal %1</source>
        <translation>CAPE renewal %1</translation>
    </message>
    <message>
        <source>End of the CAPE</source>
        <translation>End of the CAPE</translation>
    </message>
    <message>
        <source>signed on %1</source>
        <translation>signed on %1</translation>
    </message>
    <message>
        <source>CESA start</source>
        <translation>CESA start</translation>
    </message>
    <message>
        <source>Amendment %1</source>
        <translation>Amendment %1</translation>
    </message>
    <message>
        <source>Becomes an associate</source>
        <translation>Becomes an associate</translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n share</numerusform>
            <numerusform>%n shares</numerusform>
        </translation>
    </message>
    <message>
        <source>Associate deadline</source>
        <translation>Associate deadline</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passed %n day(s) ago</source>
        <translation>
            <numerusform>passed %n day ago</numerusform>
            <numerusform>passed %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>End of the %1</source>
        <translation>End of the %1</translation>
    </message>
    <message>
        <source>fixed part %1 a month</source>
        <translation>fixed part %1 a month</translation>
    </message>
    <message>
        <source>variable part %1</source>
        <translation>variable part %1</translation>
    </message>
    <message>
        <source>%1 equivalent hours</source>
        <translation>%1 equivalent hours</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>executive (cadre)</source>
        <translation>executive (cadre)</translation>
    </message>
    <message>
        <source>fixed part %1</source>
        <translation>fixed part %1</translation>
    </message>
    <message>
        <source>hours %1</source>
        <translation>hours %1</translation>
    </message>
    <message>
        <source>becomes executive (cadre)</source>
        <translation>becomes executive (cadre)</translation>
    </message>
    <message>
        <source>no longer executive (cadre)</source>
        <translation>no longer executive (cadre)</translation>
    </message>
    <message>
        <source>contribution scale %1</source>
        <translation>contribution scale %1</translation>
    </message>
    <message>
        <source>referent %1</source>
        <translation>referent %1</translation>
    </message>
</context>
<context>
    <name>coop::ui::CooperativeDialog</name>
    <message>
        <source>Cooperative settings</source>
        <translation>Cooperative settings</translation>
    </message>
    <message>
        <source>The cooperative&apos;s identity is printed on every contract and invoice; the payroll parameters apply to every payslip.</source>
        <translation>The cooperative&apos;s identity is printed on every contract and invoice; the payroll parameters apply to every payslip.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identity</translation>
    </message>
    <message>
        <source>&amp;Payroll</source>
        <translation>&amp;Payroll</translation>
    </message>
    <message>
        <source>&amp;Invoicing and bank</source>
        <translation>&amp;Invoicing and bank</translation>
    </message>
    <message>
        <source>e.g. RCS Lyon</source>
        <translation>e.g. RCS Lyon</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Legal form:</translation>
    </message>
    <message>
        <source>&amp;Capital:</source>
        <translation>&amp;Capital:</translation>
    </message>
    <message>
        <source>&amp;SIREN:</source>
        <translation>&amp;SIREN:</translation>
    </message>
    <message>
        <source>SI&amp;RET:</source>
        <translation>SI&amp;RET:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>&amp;VAT number:</translation>
    </message>
    <message>
        <source>RCS registr&amp;y:</source>
        <translation>RCS registr&amp;y:</translation>
    </message>
    <message>
        <source>NA&amp;F code:</source>
        <extracomment>The French activity code (code NAF / APE)</extracomment>
        <translation>NA&amp;F code:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Address, second line</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>Post&amp;code:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>&amp;Headcount:</translation>
    </message>
    <message>
        <source>&amp;AT/MP rate:</source>
        <extracomment>Accident du travail / maladie professionnelle contribution rate</extracomment>
        <translation>&amp;AT/MP rate:</translation>
    </message>
    <message>
        <source>&amp;Mobility levy rate:</source>
        <translation>&amp;Mobility levy rate:</translation>
    </message>
    <message>
        <source>Health &amp;insurance (mutuelle):</source>
        <translation>Health &amp;insurance (mutuelle):</translation>
    </message>
    <message>
        <source>€ a month</source>
        <translation>€ a month</translation>
    </message>
    <message>
        <source>&amp;Employer&apos;s share:</source>
        <translation>&amp;Employer&apos;s share:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>&amp;Fiscal year starts in:</translation>
    </message>
    <message>
        <source>Placeholders: {YYYY} year, {MM} month, {ANA} analytic code, {SEQYEAR} number within the year, {SEQGLOBAL} overall number.</source>
        <translation>Placeholders: {YYYY} year, {MM} month, {ANA} analytic code, {SEQYEAR} number within the year, {SEQGLOBAL} overall number.</translation>
    </message>
    <message>
        <source>In&amp;voice numbers:</source>
        <translation>In&amp;voice numbers:</translation>
    </message>
    <message>
        <source>C&amp;redit note numbers:</source>
        <translation>C&amp;redit note numbers:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation>Ban&amp;k:</translation>
    </message>
</context>
<context>
    <name>coop::ui::CreditNoteDialog</name>
    <message>
        <source>Partial credit note of invoice %1</source>
        <translation>Partial credit note of invoice %1</translation>
    </message>
    <message>
        <source>Type the quantity to credit on each line (0 leaves it out).</source>
        <translation>Type the quantity to credit on each line (0 leaves it out).</translation>
    </message>
    <message>
        <source>Lines of the invoice</source>
        <translation>Lines of the invoice</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>To credit</source>
        <translation>To credit</translation>
    </message>
    <message>
        <source>Quantity to credit, line %1</source>
        <translation>Quantity to credit, line %1</translation>
    </message>
    <message>
        <source>Amounts to credit per VAT rate</source>
        <translation>Amounts to credit per VAT rate</translation>
    </message>
    <message>
        <source>Base excl. VAT</source>
        <translation>Base excl. VAT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <source>Still creditable incl. VAT</source>
        <translation>Still creditable incl. VAT</translation>
    </message>
    <message>
        <source>Create the credit note</source>
        <translation>Create the credit note</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Line %1: between 0 and the %2 invoiced.</source>
        <translation>Line %1: between 0 and the %2 invoiced.</translation>
    </message>
    <message>
        <source>To credit: %1</source>
        <extracomment>The total incl. VAT of the partial credit note being prepared</extracomment>
        <translation>To credit: %1</translation>
    </message>
    <message>
        <source>Choose at least one quantity to credit.</source>
        <translation>Choose at least one quantity to credit.</translation>
    </message>
</context>
<context>
    <name>coop::ui::CsvExportDialog</name>
    <message>
        <source>Journal code</source>
        <translation>Journal code</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Entry date</translation>
    </message>
    <message>
        <source>Entry number</source>
        <translation>Entry number</translation>
    </message>
    <message>
        <source>Piece reference</source>
        <translation>Piece reference</translation>
    </message>
    <message>
        <source>Piece date</source>
        <translation>Piece date</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account label</source>
        <translation>Account label</translation>
    </message>
    <message>
        <source>Auxiliary account</source>
        <translation>Auxiliary account</translation>
    </message>
    <message>
        <source>Auxiliary account label</source>
        <translation>Auxiliary account label</translation>
    </message>
    <message>
        <source>Line label</source>
        <translation>Line label</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Analytic code</source>
        <translation>Analytic code</translation>
    </message>
    <message>
        <source>Validation date</source>
        <translation>Validation date</translation>
    </message>
    <message>
        <source>Export the entries for the accountant</source>
        <translation>Export the entries for the accountant</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of the export&apos;s period</extracomment>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Sage-like layout</source>
        <translation>&amp;Sage-like layout</translation>
    </message>
    <message>
        <source>journal, date, account, aux. account, piece, label, debit, credit, analytic</source>
        <translation>journal, date, account, aux. account, piece, label, debit, credit, analytic</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Columns:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>entries-%1-%2.csv</source>
        <extracomment>The proposed file name of the accountant&apos;s export; %1 and %2 are dates</extracomment>
        <translation>entries-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export the entries</source>
        <translation>Export the entries</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Check at least one column.</source>
        <translation>Check at least one column.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Writing the entries…</source>
        <translation>Writing the entries…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <source>%1 lines written to %2.</source>
        <extracomment>After the accountant&apos;s export; %1 the number of lines, %2 the file</extracomment>
        <translation>%1 lines written to %2.</translation>
    </message>
</context>
<context>
    <name>coop::ui::CustomerDialog</name>
    <message>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>A French company needs its SIREN: invoices must print it.</source>
        <translation>A French company needs its SIREN: invoices must print it.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>e.g. 411DUPONT</source>
        <translation>e.g. 411DUPONT</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;SIREN:</source>
        <translation>&amp;SIREN:</translation>
    </message>
    <message>
        <source>SI&amp;RET:</source>
        <translation>SI&amp;RET:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>&amp;VAT number:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Address, second line</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>Post&amp;code:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Co&amp;untry:</translation>
    </message>
    <message>
        <source>&amp;Payment terms:</source>
        <translation>&amp;Payment terms:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Customer acc&amp;ount:</source>
        <translation>Customer acc&amp;ount:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact:</translation>
    </message>
</context>
<context>
    <name>coop::ui::EntrepreneurDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>New entrepreneur</source>
        <translation>New entrepreneur</translation>
    </message>
    <message>
        <source>The person&apos;s identity and the activity they will run. Contracts come next, from their page.</source>
        <translation>The person&apos;s identity and the activity they will run. Contracts come next, from their page.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>&amp;NIR:</source>
        <extracomment>NIR: the French social security number</extracomment>
        <translation>&amp;NIR:</translation>
    </message>
    <message>
        <source>&amp;Prior status:</source>
        <translation>&amp;Prior status:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Address, second line</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>Post&amp;code:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>&amp;Referent adviser:</source>
        <translation>&amp;Referent adviser:</translation>
    </message>
    <message>
        <source>Acti&amp;vity:</source>
        <translation>Acti&amp;vity:</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Analytic &amp;code:</source>
        <translation>Analytic &amp;code:</translation>
    </message>
    <message>
        <source>Activity na&amp;me:</source>
        <translation>Activity na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Trade:</source>
        <translation>&amp;Trade:</translation>
    </message>
    <message>
        <source>e.g. Carpentry</source>
        <translation>e.g. Carpentry</translation>
    </message>
</context>
<context>
    <name>coop::ui::EntrepreneurPage</name>
    <message>
        <source>← Entrepreneurs</source>
        <translation>← Entrepreneurs</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Back to the list (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Add an &amp;interview</source>
        <translation>Add an &amp;interview</translation>
    </message>
    <message>
        <source>New &amp;CAPE</source>
        <translation>New &amp;CAPE</translation>
    </message>
    <message>
        <source>&amp;Renew the CAPE</source>
        <translation>&amp;Renew the CAPE</translation>
    </message>
    <message>
        <source>&amp;Sign a CESA</source>
        <translation>&amp;Sign a CESA</translation>
    </message>
    <message>
        <source>&amp;Amendment</source>
        <translation>&amp;Amendment</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Print the contract</source>
        <translation>&amp;Print the contract</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>No CESA in force today.</source>
        <translation>No CESA in force today.</translation>
    </message>
    <message>
        <source>Contract timeline</source>
        <translation>Contract timeline</translation>
    </message>
    <message>
        <source>Contract events</source>
        <translation>Contract events</translation>
    </message>
    <message>
        <source>This entrepreneur no longer exists.</source>
        <translation>This entrepreneur no longer exists.</translation>
    </message>
    <message>
        <source>The entrepreneur cannot be read: %1</source>
        <translation>The entrepreneur cannot be read: %1</translation>
    </message>
    <message>
        <source>The contracts cannot be read: %1</source>
        <translation>The contracts cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>shared by %n entrepreneur(s)</source>
        <translation>
            <numerusform>shared by %n entrepreneur</numerusform>
            <numerusform>shared by %n entrepreneurs</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>No activity</translation>
    </message>
    <message>
        <source>No alert.</source>
        <translation>No alert.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message numerus="yes">
        <source>%n in the last 12 months</source>
        <translation>
            <numerusform>%n in the last 12 months</numerusform>
            <numerusform>%n in the last 12 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
    <message>
        <source>NIR:</source>
        <extracomment>NIR: the French social security number</extracomment>
        <translation>NIR:</translation>
    </message>
    <message numerus="yes">
        <source>(%n year(s) old)</source>
        <translation>
            <numerusform>(%n year old)</numerusform>
            <numerusform>(%n years old)</numerusform>
        </translation>
    </message>
    <message>
        <source>Born on:</source>
        <translation>Born on:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Prior status:</source>
        <translation>Prior status:</translation>
    </message>
    <message>
        <source>Referent adviser:</source>
        <translation>Referent adviser:</translation>
    </message>
    <message>
        <source>Terms in force on %1</source>
        <translation>Terms in force on %1</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Since:</translation>
    </message>
    <message>
        <source>%1 (CESA start)</source>
        <translation>%1 (CESA start)</translation>
    </message>
    <message>
        <source>%1 (amendment %2)</source>
        <translation>%1 (amendment %2)</translation>
    </message>
    <message>
        <source>Fixed monthly part:</source>
        <translation>Fixed monthly part:</translation>
    </message>
    <message>
        <source>Variable part:</source>
        <translation>Variable part:</translation>
    </message>
    <message>
        <source>%1 of the available margin</source>
        <translation>%1 of the available margin</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <source>%1 equivalent hours a month</source>
        <translation>%1 equivalent hours a month</translation>
    </message>
    <message>
        <source>%1 hours a month</source>
        <translation>%1 hours a month</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Executive (cadre)</source>
        <translation>Executive (cadre)</translation>
    </message>
    <message>
        <source>Non-executive</source>
        <translation>Non-executive</translation>
    </message>
    <message>
        <source>Contribution scale:</source>
        <translation>Contribution scale:</translation>
    </message>
    <message>
        <source>Associate since:</source>
        <translation>Associate since:</translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n share</numerusform>
            <numerusform>%n shares</numerusform>
        </translation>
    </message>
    <message>
        <source>This person has no CESA to print.</source>
        <translation>This person has no CESA to print.</translation>
    </message>
    <message>
        <source>CESA %1.pdf</source>
        <extracomment>File name proposed for the contract&apos;s PDF; %1 is the person&apos;s name</extracomment>
        <translation>CESA %1.pdf</translation>
    </message>
    <message>
        <source>Save the contract as PDF</source>
        <translation>Save the contract as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Contract saved in %1.</source>
        <translation>Contract saved in %1.</translation>
    </message>
    <message>
        <source>Record as &amp;associate</source>
        <translation>Record as &amp;associate</translation>
    </message>
</context>
<context>
    <name>coop::ui::EntrepreneursArea</name>
    <message>
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>&amp;Alerts (%1)</source>
        <translation>&amp;Alerts (%1)</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>&amp;New entrepreneur…</source>
        <translation>&amp;New entrepreneur…</translation>
    </message>
    <message>
        <source>&amp;Find an entrepreneur</source>
        <translation>&amp;Find an entrepreneur</translation>
    </message>
</context>
<context>
    <name>coop::ui::EntrepreneursListPage</name>
    <message>
        <source>The entrepreneurs cannot be read: %1</source>
        <translation>The entrepreneurs cannot be read: %1</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Entrepreneurs</translation>
    </message>
    <message>
        <source>&amp;New entrepreneur</source>
        <translation>&amp;New entrepreneur</translation>
    </message>
    <message>
        <source>Add an entrepreneur (Ctrl+N)</source>
        <translation>Add an entrepreneur (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search by name, e-mail or analytic code (Ctrl+F)</source>
        <translation>Search by name, e-mail or analytic code (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the entrepreneurs</source>
        <translation>Search the entrepreneurs</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Alerts:</source>
        <translation>&amp;Alerts:</translation>
    </message>
    <message>
        <source>No entrepreneur yet</source>
        <translation>No entrepreneur yet</translation>
    </message>
    <message>
        <source>Add the cooperative&apos;s first entrepreneur, or import a CSV file with coopdesk-cli entrepreneurs import.</source>
        <translation>Add the cooperative&apos;s first entrepreneur, or import a CSV file with coopdesk-cli entrepreneurs import.</translation>
    </message>
    <message>
        <source>New entrepreneur</source>
        <translation>New entrepreneur</translation>
    </message>
    <message>
        <source>No entrepreneur matches the search and filters.</source>
        <translation>No entrepreneur matches the search and filters.</translation>
    </message>
    <message>
        <source>With an alert</source>
        <translation>With an alert</translation>
    </message>
    <message numerus="yes">
        <source>%1 entrepreneur(s)</source>
        <extracomment>The number of entrepreneurs in the list; %1 is the number written with its thousands separator</extracomment>
        <translation>
            <numerusform>%1 entrepreneur</numerusform>
            <numerusform>%1 entrepreneurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 entrepreneur(s)</source>
        <extracomment>%1 shown of %2 in all</extracomment>
        <translation>
            <numerusform>%1 of %2 entrepreneur</numerusform>
            <numerusform>%1 of %2 entrepreneurs</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <comment>status filter</comment>
        <translation>All</translation>
    </message>
    <message>
        <source>All</source>
        <comment>alert filter</comment>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>coop::ui::EntrepreneursModel</name>
    <message>
        <source>%1 (+%2)</source>
        <extracomment>An alert&apos;s name followed by how many more alerts the person has: &quot;CAPE ending soon (+1)&quot;</extracomment>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Contract start</translation>
    </message>
    <message>
        <source>Associate by</source>
        <extracomment>Column: the date by which a CESA employee must become an associate</extracomment>
        <translation>Associate by</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
</context>
<context>
    <name>coop::ui::ExpenseReportDialog</name>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activity:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount incl. VAT (€)</source>
        <translation>Amount incl. VAT (€)</translation>
    </message>
    <message>
        <source>VAT (€)</source>
        <translation>VAT (€)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Add &amp;line</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>Re&amp;move line</translation>
    </message>
    <message>
        <source>Attach rec&amp;eipt…</source>
        <translation>Attach rec&amp;eipt…</translation>
    </message>
    <message>
        <source>Open recei&amp;pt</source>
        <translation>Open recei&amp;pt</translation>
    </message>
    <message>
        <source>Decision of the support team</source>
        <translation>Decision of the support team</translation>
    </message>
    <message>
        <source>required to reject</source>
        <translation>required to reject</translation>
    </message>
    <message>
        <source>&amp;Reason of a rejection:</source>
        <translation>&amp;Reason of a rejection:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Decided &amp;by:</translation>
    </message>
    <message>
        <source>Reimbursed &amp;on:</source>
        <translation>Reimbursed &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>S&amp;ubmit</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validate</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Mark &amp;paid</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <extracomment>An expense report&apos;s owner: activity code, activity name, member</extracomment>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Attach a receipt</source>
        <translation>Attach a receipt</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Receipts (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>New expense report</source>
        <translation>New expense report</translation>
    </message>
    <message>
        <source>Expense report of %1</source>
        <translation>Expense report of %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>new, not saved yet</source>
        <translation>new, not saved yet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>Electric car</source>
        <translation>Electric car</translation>
    </message>
    <message>
        <source>Motorcycle</source>
        <translation>Motorcycle</translation>
    </message>
    <message>
        <source>Electric motorcycle</source>
        <translation>Electric motorcycle</translation>
    </message>
    <message>
        <source>Moped</source>
        <translation>Moped</translation>
    </message>
    <message>
        <source>Electric moped</source>
        <translation>Electric moped</translation>
    </message>
    <message>
        <source>Type a whole number of kilometres.</source>
        <translation>Type a whole number of kilometres.</translation>
    </message>
    <message>
        <source>Type the vehicle&apos;s fiscal power in CV, e.g. 5.</source>
        <translation>Type the vehicle&apos;s fiscal power in CV, e.g. 5.</translation>
    </message>
    <message>
        <source>Total %1 incl. VAT, of which VAT %2; %3 km</source>
        <translation>Total %1 incl. VAT, of which VAT %2; %3 km</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The receipt is not in the store.</source>
        <translation>The receipt is not in the store.</translation>
    </message>
    <message>
        <source>The receipt cannot be written to %1: %2</source>
        <translation>The receipt cannot be written to %1: %2</translation>
    </message>
    <message>
        <source>Say why the report is rejected.</source>
        <translation>Say why the report is rejected.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>coop::ui::ExpensesPage</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Accommodation</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Meals</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation>Office supplies</translation>
    </message>
    <message>
        <source>Small equipment</source>
        <translation>Small equipment</translation>
    </message>
    <message>
        <source>Telephone and internet</source>
        <translation>Telephone and internet</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Search an activity or a person</source>
        <translation>Search an activity or a person</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;New report…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
</context>
<context>
    <name>coop::ui::FecExportDialog</name>
    <message>
        <source>Export the FEC</source>
        <translation>Export the FEC</translation>
    </message>
    <message>
        <source>The FEC (fichier des écritures comptables) of a fiscal year, as the tax administration asks for it: every entry of the year in validation order, the opening balances first.</source>
        <translation>The FEC (fichier des écritures comptables) of a fiscal year, as the tax administration asks for it: every entry of the year in validation order, the opening balances first.</translation>
    </message>
    <message>
        <source>The calendar year of the fiscal year&apos;s last day</source>
        <translation>The calendar year of the fiscal year&apos;s last day</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation>Fiscal &amp;year:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Folder of the FEC</source>
        <translation>Folder of the FEC</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Writing the FEC of %1…</source>
        <translation>Writing the FEC of %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Written: %1
%2 lines, %3 entries; total debit %4, total credit %5.</source>
        <extracomment>After the FEC export; %1 the file&apos;s name, %2 lines, %3 entries, %4 and %5 amounts</extracomment>
        <translation>Written: %1
%2 lines, %3 entries; total debit %4, total credit %5.</translation>
    </message>
</context>
<context>
    <name>coop::ui::FeesAccountPage</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>An activity in the picker: its analytic code, then its name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The cooperative has no activity yet.</source>
        <translation>The cooperative has no activity yet.</translation>
    </message>
    <message>
        <source>No contribution scale in the store</source>
        <translation>No contribution scale in the store</translation>
    </message>
    <message>
        <source>Your activity can pay %1 of employer cost: a gross of %2, net before tax %3.</source>
        <translation>Your activity can pay %1 of employer cost: a gross of %2, net before tax %3.</translation>
    </message>
    <message>
        <source>Your activity cannot pay a salary this month: its treasury is %1.</source>
        <translation>Your activity cannot pay a salary this month: its treasury is %1.</translation>
    </message>
    <message>
        <source>Your activity&apos;s %1 do not cover the employer cost of a salary this month.</source>
        <translation>Your activity&apos;s %1 do not cover the employer cost of a salary this month.</translation>
    </message>
    <message>
        <source>Turnover invoiced</source>
        <translation>Turnover invoiced</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>€ excl. VAT</source>
        <translation>€ excl. VAT</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activity:</translation>
    </message>
    <message>
        <source>On &amp;date:</source>
        <translation>On &amp;date:</translation>
    </message>
    <message>
        <source>Turnover invoiced (excl. VAT)</source>
        <translation>Turnover invoiced (excl. VAT)</translation>
    </message>
    <message>
        <source>Turnover collected (excl. VAT)</source>
        <translation>Turnover collected (excl. VAT)</translation>
    </message>
    <message>
        <source>Purchases and expenses</source>
        <translation>Purchases and expenses</translation>
    </message>
    <message>
        <source>Cooperative contribution</source>
        <translation>Cooperative contribution</translation>
    </message>
    <message>
        <source>Shared costs</source>
        <translation>Shared costs</translation>
    </message>
    <message>
        <source>Salaries and contributions</source>
        <translation>Salaries and contributions</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Treasury today</source>
        <translation>Treasury today</translation>
    </message>
    <message>
        <source>Reference treasury</source>
        <translation>Reference treasury</translation>
    </message>
    <message>
        <source>Salaries to pay</source>
        <translation>Salaries to pay</translation>
    </message>
    <message>
        <source>Expenses to reimburse</source>
        <translation>Expenses to reimburse</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <source>Future treasury</source>
        <translation>Future treasury</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <source>Treasury at the end of each month</source>
        <translation>Treasury at the end of each month</translation>
    </message>
    <message>
        <source>Your activity cannot pay another salary this month: its reference treasury (%1) does not cover the salaries and expenses still to pay (%2).</source>
        <translation>Your activity cannot pay another salary this month: its reference treasury (%1) does not cover the salaries and expenses still to pay (%2).</translation>
    </message>
    <message>
        <source>Your activity is not on this computer yet: sync the store with the cooperative&apos;s server.</source>
        <translation>Your activity is not on this computer yet: sync the store with the cooperative&apos;s server.</translation>
    </message>
</context>
<context>
    <name>coop::ui::FeesAccountsModel</name>
    <message>
        <source>No contribution scale in the store</source>
        <translation>No contribution scale in the store</translation>
    </message>
    <message>
        <source>The treasury does not cover a salary</source>
        <translation>The treasury does not cover a salary</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Shared costs</source>
        <translation>Shared costs</translation>
    </message>
    <message>
        <source>Salaries</source>
        <translation>Salaries</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>Treasury</translation>
    </message>
    <message>
        <source>Envelope gross</source>
        <translation>Envelope gross</translation>
    </message>
</context>
<context>
    <name>coop::ui::FeesArea</name>
    <message>
        <source>Entrepreneur&apos;s &amp;account</source>
        <translation>Entrepreneur&apos;s &amp;account</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>S&amp;hared costs</source>
        <translation>S&amp;hared costs</translation>
    </message>
    <message>
        <source>E&amp;xpense reports</source>
        <translation>E&amp;xpense reports</translation>
    </message>
    <message>
        <source>Contribution &amp;scales…</source>
        <translation>Contribution &amp;scales…</translation>
    </message>
    <message>
        <source>Supplier invoices</source>
        <translation>Supplier invoices</translation>
    </message>
</context>
<context>
    <name>coop::ui::FeesOverviewPage</name>
    <message numerus="yes">
        <source>%n activities: invoiced %1, collected %2, contribution %3, result %4, treasury %5</source>
        <extracomment>Under the overview: the totals of the activities shown</extracomment>
        <translation>
            <numerusform>%n activities: invoiced %1, collected %2, contribution %3, result %4, treasury %5</numerusform>
            <numerusform>%n activities: invoiced %1, collected %2, contribution %3, result %4, treasury %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>accounts-%1.csv</source>
        <extracomment>The proposed file name of the overview&apos;s export; %1 is the date</extracomment>
        <translation>accounts-%1.csv</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>Export the overview</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>On &amp;date:</source>
        <translation>On &amp;date:</translation>
    </message>
    <message>
        <source>Search an activity by code or name</source>
        <translation>Search an activity by code or name</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
</context>
<context>
    <name>coop::ui::FeesPoolsPage</name>
    <message>
        <source>Turnover</source>
        <translation>Turnover</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation>Equal shares</translation>
    </message>
    <message>
        <source>Fixed amounts</source>
        <translation>Fixed amounts</translation>
    </message>
    <message>
        <source>Custom weights</source>
        <translation>Custom weights</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A pool&apos;s period: from %1 to %2</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Allocated on %1</source>
        <translation>Allocated on %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>No shared-cost pool yet.</source>
        <translation>No shared-cost pool yet.</translation>
    </message>
    <message>
        <source>Draft: preview its split, then allocate it.</source>
        <translation>Draft: preview its split, then allocate it.</translation>
    </message>
    <message>
        <source>Allocated on %1: its shares are stored.</source>
        <translation>Allocated on %1: its shares are stored.</translation>
    </message>
    <message>
        <source>Stored shares of %1</source>
        <translation>Stored shares of %1</translation>
    </message>
    <message>
        <source>Preview of %1: nothing is stored yet</source>
        <translation>Preview of %1: nothing is stored yet</translation>
    </message>
    <message>
        <source>Allocate the pool</source>
        <translation>Allocate the pool</translation>
    </message>
    <message>
        <source>Allocate %1 (%2) over the activities? Its shares are stored and the pool can no longer be changed.</source>
        <translation>Allocate %1 (%2) over the activities? Its shares are stored and the pool can no longer be changed.</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Allocate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Key value</source>
        <translation>Key value</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Days present</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation>&amp;Allocate…</translation>
    </message>
    <message>
        <source>&amp;New pool…</source>
        <translation>&amp;New pool…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
</context>
<context>
    <name>coop::ui::FirstRunWizard</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Cannot create the folder of %1.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Confirm the passphrase</source>
        <translation>Confirm the passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>C&amp;onfirm:</source>
        <translation>C&amp;onfirm:</translation>
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
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Welcome to CoopDesk</source>
        <translation>Welcome to CoopDesk</translation>
    </message>
    <message>
        <source>Create and &amp;sync</source>
        <translation>Create and &amp;sync</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Store file</translation>
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
        <source>New store file</source>
        <translation>New store file</translation>
    </message>
    <message>
        <source>CoopDesk stores (*.coopdesk)</source>
        <translation>CoopDesk stores (*.coopdesk)</translation>
    </message>
    <message>
        <source>CoopDesk keeps the cooperative&apos;s data in an encrypted store on this computer. Where does it come from?</source>
        <translation>CoopDesk keeps the cooperative&apos;s data in an encrypted store on this computer. Where does it come from?</translation>
    </message>
    <message>
        <source>&amp;Start a new cooperative on this computer</source>
        <translation>&amp;Start a new cooperative on this computer</translation>
    </message>
    <message>
        <source>A stand-alone store, encrypted with a passphrase of your choice, for a cooperative that has no server.</source>
        <translation>A stand-alone store, encrypted with a passphrase of your choice, for a cooperative that has no server.</translation>
    </message>
    <message>
        <source>&amp;Try the demo cooperative</source>
        <translation>&amp;Try the demo cooperative</translation>
    </message>
    <message>
        <source>Made-up entrepreneurs, customers and invoices to try CoopDesk; its passphrase is “%1”.</source>
        <extracomment>%1 is the demo store&apos;s passphrase, shown as is</extracomment>
        <translation>Made-up entrepreneurs, customers and invoices to try CoopDesk; its passphrase is “%1”.</translation>
    </message>
    <message>
        <source>&amp;Connect to your cooperative&apos;s server</source>
        <translation>&amp;Connect to your cooperative&apos;s server</translation>
    </message>
    <message>
        <source>Sign in with the account your cooperative gave you: its data is copied into an encrypted store on this computer and kept in sync.</source>
        <translation>Sign in with the account your cooperative gave you: its data is copied into an encrypted store on this computer and kept in sync.</translation>
    </message>
    <message>
        <source>Opening the demo store…</source>
        <translation>Opening the demo store…</translation>
    </message>
    <message>
        <source>Generating the demo cooperative: entrepreneurs, customers, invoices… This takes a moment.</source>
        <translation>Generating the demo cooperative: entrepreneurs, customers, invoices… This takes a moment.</translation>
    </message>
    <message>
        <source>A new cooperative</source>
        <translation>A new cooperative</translation>
    </message>
    <message>
        <source>Nobody can open the store without its passphrase, nor recover a lost passphrase: keep it somewhere safe.</source>
        <translation>Nobody can open the store without its passphrase, nor recover a lost passphrase: keep it somewhere safe.</translation>
    </message>
    <message>
        <source>Cooperative&apos;s name</source>
        <translation>Cooperative&apos;s name</translation>
    </message>
    <message>
        <source>e.g. Horizon Cooperative</source>
        <translation>e.g. Horizon Cooperative</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>Creating the store…</translation>
    </message>
    <message>
        <source>Your cooperative&apos;s server</source>
        <translation>Your cooperative&apos;s server</translation>
    </message>
    <message>
        <source>Your password is sent to the server once and never kept on this computer; the store keeps a session that this device renews.</source>
        <translation>Your password is sent to the server once and never kept on this computer; the store keeps a session that this device renews.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>&amp;Device name:</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>&amp;Cooperative:</source>
        <translation>&amp;Cooperative:</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Enter an address such as https://coop.example.org.</source>
        <translation>Enter an address such as https://coop.example.org.</translation>
    </message>
    <message>
        <source>Checking your account on %1…</source>
        <extracomment>%1 is the server&apos;s address</extracomment>
        <translation>Checking your account on %1…</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>accountant</source>
        <translation>accountant</translation>
    </message>
    <message>
        <source>entrepreneur</source>
        <translation>entrepreneur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A cooperative in the list of the account&apos;s: %1 its id, %2 the role in it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This account belongs to several cooperatives: choose the one of this store, then Next.</source>
        <translation>This account belongs to several cooperatives: choose the one of this store, then Next.</translation>
    </message>
    <message>
        <source>The store on this computer</source>
        <translation>The store on this computer</translation>
    </message>
    <message>
        <source>The cooperative&apos;s data is kept in this encrypted file. Nobody can open it without its passphrase, nor recover a lost passphrase: keep it somewhere safe.</source>
        <translation>The cooperative&apos;s data is kept in this encrypted file. Nobody can open it without its passphrase, nor recover a lost passphrase: keep it somewhere safe.</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>First sync</translation>
    </message>
    <message>
        <source>The cooperative&apos;s data comes from the server. Cancel stops it: the store keeps what came and carries on the next time it is opened.</source>
        <translation>The cooperative&apos;s data comes from the server. Cancel stops it: the store keeps what came and carries on the next time it is opened.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Receiving the cooperative&apos;s data…</source>
        <translation>Receiving the cooperative&apos;s data…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <extracomment>%1 is the server&apos;s address</extracomment>
        <translation>Signing in to %1…</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>The sign-in failed.</translation>
    </message>
    <message>
        <source>Sending this device&apos;s changes…</source>
        <translation>Sending this device&apos;s changes…</translation>
    </message>
    <message>
        <source>Receiving the cooperative&apos;s changes: %1 of %2.</source>
        <extracomment>%1 and %2 are counts of changes</extracomment>
        <translation>Receiving the cooperative&apos;s changes: %1 of %2.</translation>
    </message>
    <message numerus="yes">
        <source>Receiving the cooperative&apos;s data: %n record(s).</source>
        <translation>
            <numerusform>Receiving the cooperative&apos;s data: %n record.</numerusform>
            <numerusform>Receiving the cooperative&apos;s data: %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first sync stopped before the end.</source>
        <translation>The first sync stopped before the end.</translation>
    </message>
    <message numerus="yes">
        <source>The cooperative&apos;s data is on this computer (%n change(s) received). Finish opens it.</source>
        <translation>
            <numerusform>The cooperative&apos;s data is on this computer (%n change received). Finish opens it.</numerusform>
            <numerusform>The cooperative&apos;s data is on this computer (%n changes received). Finish opens it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Stopping the sync…</translation>
    </message>
</context>
<context>
    <name>coop::ui::FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Someone changed this record meanwhile: cancel, open it again and redo your change.</source>
        <translation>Someone changed this record meanwhile: cancel, open it again and redo your change.</translation>
    </message>
</context>
<context>
    <name>coop::ui::Format</name>
    <message>
        <source>Enter an amount in euros, such as %1.</source>
        <translation>Enter an amount in euros, such as %1.</translation>
    </message>
    <message>
        <source>Enter a percentage, such as %1.</source>
        <translation>Enter a percentage, such as %1.</translation>
    </message>
    <message>
        <source>Enter a number with at most three decimals, such as %1.</source>
        <translation>Enter a number with at most three decimals, such as %1.</translation>
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
    <name>coop::ui::InterviewDialog</name>
    <message>
        <source>Interview with %1</source>
        <translation>Interview with %1</translation>
    </message>
    <message>
        <source>Add the interview</source>
        <translation>Add the interview</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Adviser:</source>
        <translation>&amp;Adviser:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>coop::ui::InterviewsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>coop::ui::InvoiceEditor</name>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activity:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Purchase &amp;order:</source>
        <translation>Purchase &amp;order:</translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation>&amp;Nature:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Service date:</source>
        <translation>&amp;Service date:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <source>&amp;Prices:</source>
        <translation>&amp;Prices:</translation>
    </message>
    <message>
        <source>Disc&amp;ount:</source>
        <translation>Disc&amp;ount:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>VAT:</translation>
    </message>
    <message>
        <source>Paid on &amp;debits</source>
        <translation>Paid on &amp;debits</translation>
    </message>
    <message>
        <source>The option for paying VAT on debits, printed on the invoice</source>
        <translation>The option for paying VAT on debits, printed on the invoice</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>New customer…</translation>
    </message>
    <message>
        <source>What the invoice is for</source>
        <translation>What the invoice is for</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Back to the list (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Save the draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Validate…</source>
        <translation>&amp;Validate…</translation>
    </message>
    <message>
        <source>Issue the document: it gets its number and can no longer change (Ctrl+Shift+V)</source>
        <translation>Issue the document: it gets its number and can no longer change (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Record payment…</source>
        <translation>&amp;Record payment…</translation>
    </message>
    <message>
        <source>Record a payment (Ctrl+Shift+R)</source>
        <translation>Record a payment (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Create &amp;credit note</source>
        <translation>Create &amp;credit note</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>The pages as printed (Ctrl+P)</source>
        <translation>The pages as printed (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Factur-X…</source>
        <translation>Save &amp;Factur-X…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the last change of the lines (Ctrl+Z)</source>
        <translation>Undo the last change of the lines (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>Add a line (Ctrl+Enter)</source>
        <translation>Add a line (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Remove the current line (Ctrl+Delete)</source>
        <translation>Remove the current line (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>From &amp;catalogue</source>
        <translation>From &amp;catalogue</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Base excl. VAT</source>
        <translation>Base excl. VAT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <source>Totals per VAT rate</source>
        <translation>Totals per VAT rate</translation>
    </message>
    <message>
        <source>Total excl. VAT:</source>
        <translation>Total excl. VAT:</translation>
    </message>
    <message>
        <source>Total incl. VAT:</source>
        <translation>Total incl. VAT:</translation>
    </message>
    <message>
        <source>(choose an activity)</source>
        <translation>(choose an activity)</translation>
    </message>
    <message>
        <source>(choose a customer)</source>
        <translation>(choose a customer)</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>This document no longer exists.</translation>
    </message>
    <message>
        <source>The document cannot be read: %1</source>
        <translation>The document cannot be read: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Credit note %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>Paid: %1
Credited: %2
Remaining: %3</source>
        <extracomment>Under a validated invoice&apos;s totals: paid, credited and remaining amounts</extracomment>
        <translation>Paid: %1
Credited: %2
Remaining: %3</translation>
    </message>
    <message>
        <source>New credit note</source>
        <translation>New credit note</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>Draft credit note</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Draft invoice</translation>
    </message>
    <message>
        <source>for invoice %1</source>
        <translation>for invoice %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Validate the credit note</source>
        <translation>Validate the credit note</translation>
    </message>
    <message>
        <source>Validate the invoice</source>
        <translation>Validate the invoice</translation>
    </message>
    <message>
        <source>Issue this credit note of %1? It gets its number and can no longer be changed.</source>
        <translation>Issue this credit note of %1? It gets its number and can no longer be changed.</translation>
    </message>
    <message>
        <source>Issue this invoice of %1? It gets its number and can no longer be changed: a mistake will need a credit note.</source>
        <translation>Issue this invoice of %1? It gets its number and can no longer be changed: a mistake will need a credit note.</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The preview cannot be made: %1</source>
        <translation>The preview cannot be made: %1</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Preview — %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Only a validated document has a Factur-X file.</source>
        <translation>Only a validated document has a Factur-X file.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Save the Factur-X invoice</source>
        <translation>Save the Factur-X invoice</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Choose the activity first: customers belong to one.</source>
        <translation>Choose the activity first: customers belong to one.</translation>
    </message>
    <message>
        <source>%1 — %2 € excl. VAT, %3</source>
        <extracomment>A catalogue item in the menu: designation, unit price excl. VAT, VAT rate</extracomment>
        <translation>%1 — %2 € excl. VAT, %3</translation>
    </message>
    <message>
        <source>Choose the activity first</source>
        <translation>Choose the activity first</translation>
    </message>
    <message>
        <source>The catalogue is empty</source>
        <translation>The catalogue is empty</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes of this draft before going back?</source>
        <translation>Save the changes of this draft before going back?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Edit customer…</source>
        <translation>Edit customer…</translation>
    </message>
    <message>
        <source>Change the chosen customer&apos;s record (address, terms…)</source>
        <translation>Change the chosen customer&apos;s record (address, terms…)</translation>
    </message>
    <message>
        <source>A credit note of the whole invoice</source>
        <translation>A credit note of the whole invoice</translation>
    </message>
    <message>
        <source>Partial credit note…</source>
        <translation>Partial credit note…</translation>
    </message>
    <message>
        <source>Credit some quantities of the invoice&apos;s lines</source>
        <translation>Credit some quantities of the invoice&apos;s lines</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Delete draft…</translation>
    </message>
    <message>
        <source>Delete this draft for good (Ctrl+Shift+Delete)</source>
        <translation>Delete this draft for good (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Catalogue…</source>
        <translation>Catalogue…</translation>
    </message>
    <message>
        <source>Add, change or archive the activity&apos;s catalogue items</source>
        <translation>Add, change or archive the activity&apos;s catalogue items</translation>
    </message>
    <message>
        <source>Delete the draft credit note</source>
        <translation>Delete the draft credit note</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <source>Delete this draft for good? It has no number yet, so nothing of it remains.</source>
        <translation>Delete this draft for good? It has no number yet, so nothing of it remains.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Choose the activity first: each has its own catalogue.</source>
        <translation>Choose the activity first: each has its own catalogue.</translation>
    </message>
</context>
<context>
    <name>coop::ui::InvoiceLinesModel</name>
    <message>
        <source>Unit price excl. VAT</source>
        <translation>Unit price excl. VAT</translation>
    </message>
    <message>
        <source>Unit price incl. VAT</source>
        <translation>Unit price incl. VAT</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <source>Enter a price with at most five decimals, such as %1.</source>
        <translation>Enter a price with at most five decimals, such as %1.</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <source>Remove a line</source>
        <translation>Remove a line</translation>
    </message>
    <message>
        <source>Move a line</source>
        <translation>Move a line</translation>
    </message>
    <message>
        <source>Only for a 0 % line</source>
        <translation>Only for a 0 % line</translation>
    </message>
    <message>
        <source>Choose a unit from the list.</source>
        <translation>Choose a unit from the list.</translation>
    </message>
    <message>
        <source>Edit line %1</source>
        <translation>Edit line %1</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Exemption mention</source>
        <translation>Exemption mention</translation>
    </message>
</context>
<context>
    <name>coop::ui::InvoiceListPage</name>
    <message>
        <source>The invoices cannot be read: %1</source>
        <translation>The invoices cannot be read: %1</translation>
    </message>
    <message>
        <source>All</source>
        <comment>customer filter</comment>
        <translation>All</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message numerus="yes">
        <source>%1 document(s)</source>
        <extracomment>The number of invoices and credit notes in the list; %1 is the number with its separators</extracomment>
        <translation>
            <numerusform>%1 document(s)</numerusform>
            <numerusform>%1 document(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation>&amp;New invoice</translation>
    </message>
    <message>
        <source>Create an invoice (Ctrl+N)</source>
        <translation>Create an invoice (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search by number, customer or title (Ctrl+F)</source>
        <translation>Search by number, customer or title (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the invoices</source>
        <translation>Search the invoices</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Overdue</translation>
    </message>
    <message>
        <source>Only the unpaid invoices past their due date</source>
        <translation>Only the unpaid invoices past their due date</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Invoices and credit notes</translation>
    </message>
</context>
<context>
    <name>coop::ui::InvoicePreview</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Accessible name of one page of the preview: &quot;Page 1 of 2&quot;</extracomment>
        <translation>Page %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page(s)</numerusform>
            <numerusform>%n page(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coop::ui::InvoicesModel</name>
    <message>
        <source>(draft credit note)</source>
        <translation>(draft credit note)</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>This column is not sortable</source>
        <translation>This column is not sortable</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <extracomment>Column: total excluding VAT (HT)</extracomment>
        <translation>Excl. VAT</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <extracomment>Column: total including VAT (TTC)</extracomment>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <source>Remaining</source>
        <extracomment>Column: what is left to pay</extracomment>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>coop::ui::JournalPage</name>
    <message>
        <source>All journals</source>
        <translation>All journals</translation>
    </message>
    <message>
        <source>All analytic codes</source>
        <translation>All analytic codes</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A journal in the filter list: its code and its label (&quot;VT — Ventes&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cooperative (%1)</source>
        <extracomment>The analytic code of the cooperative&apos;s own lines, in the filter list</extracomment>
        <translation>Cooperative (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 line(s)</source>
        <extracomment>Under the journal browser; %1 is the number of lines with its separators</extracomment>
        <translation>
            <numerusform>%1 line</numerusform>
            <numerusform>%1 lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Total debit %1 · total credit %2</source>
        <extracomment>The totals of every line of the journal browser&apos;s filter</extracomment>
        <translation>Total debit %1 · total credit %2</translation>
    </message>
    <message>
        <source>Lines shown (%1): debit %2 · credit %3</source>
        <extracomment>The totals of the lines read so far when the filter has too many lines to add them all; %1 is how many lines were read</extracomment>
        <translation>Lines shown (%1): debit %2 · credit %3</translation>
    </message>
    <message>
        <source>Jou&amp;rnal:</source>
        <translation>Jou&amp;rnal:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <source>e.g. 411</source>
        <translation>e.g. 411</translation>
    </message>
    <message>
        <source>The account number or its first digits</source>
        <translation>The account number or its first digits</translation>
    </message>
    <message>
        <source>A&amp;nalytic:</source>
        <translation>A&amp;nalytic:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <extracomment>Between the two dates of the period filter</extracomment>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <source>Search a piece or a label</source>
        <translation>Search a piece or a label</translation>
    </message>
</context>
<context>
    <name>coop::ui::Labels</name>
    <message>
        <source>No contract</source>
        <translation>No contract</translation>
    </message>
    <message>
        <source>CAPE</source>
        <extracomment>Status of a person under a CAPE (contrat d&apos;appui au projet d&apos;entreprise)</extracomment>
        <translation>CAPE</translation>
    </message>
    <message>
        <source>CESA</source>
        <extracomment>Status of an employee under a CESA who is not an associate yet</extracomment>
        <translation>CESA</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Associate</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>Job seeker</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>Annual review</translation>
    </message>
    <message>
        <source>Exit interview</source>
        <translation>Exit interview</translation>
    </message>
    <message>
        <source>Resignation</source>
        <translation>Resignation</translation>
    </message>
    <message>
        <source>End of the CAPE</source>
        <translation>End of the CAPE</translation>
    </message>
    <message>
        <source>Not associate within the time limit</source>
        <translation>Not associate within the time limit</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Dismissal</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <source>Mutual agreement</source>
        <translation>Mutual agreement</translation>
    </message>
    <message>
        <source>CAPE ending soon</source>
        <translation>CAPE ending soon</translation>
    </message>
    <message>
        <source>Associate deadline near</source>
        <translation>Associate deadline near</translation>
    </message>
    <message>
        <source>Associate deadline passed</source>
        <translation>Associate deadline passed</translation>
    </message>
    <message>
        <source>Too few interviews</source>
        <translation>Too few interviews</translation>
    </message>
    <message>
        <source>CESA without fixed part</source>
        <translation>CESA without fixed part</translation>
    </message>
    <message>
        <source>Overlapping contracts</source>
        <translation>Overlapping contracts</translation>
    </message>
    <message numerus="yes">
        <source>Must become an associate by %1, in %n day(s) (L7331-3).</source>
        <translation>
            <numerusform>Must become an associate by %1, in %n day (L7331-3).</numerusform>
            <numerusform>Must become an associate by %1, in %n days (L7331-3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Had to become an associate by %1, %n day(s) ago (L7331-3).</source>
        <translation>
            <numerusform>Had to become an associate by %1, %n day ago (L7331-3).</numerusform>
            <numerusform>Had to become an associate by %1, %n days ago (L7331-3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than two interviews in the last 12 months (décret 2015-1363).</source>
        <translation>Fewer than two interviews in the last 12 months (décret 2015-1363).</translation>
    </message>
    <message>
        <source>The CESA has no fixed part since %1 (L7331-2).</source>
        <translation>The CESA has no fixed part since %1 (L7331-2).</translation>
    </message>
    <message>
        <source>Two contracts run at the same time from %1.</source>
        <translation>Two contracts run at the same time from %1.</translation>
    </message>
    <message>
        <source>The CAPE ends today: renew it or sign a CESA.</source>
        <translation>The CAPE ends today: renew it or sign a CESA.</translation>
    </message>
    <message numerus="yes">
        <source>The CAPE ends on %1, in %n day(s): renew it or sign a CESA.</source>
        <translation>
            <numerusform>The CAPE ends on %1, in %n day(s): renew it or sign a CESA.</numerusform>
            <numerusform>The CAPE ends on %1, in %n day(s): renew it or sign a CESA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The CAPE ends in %n day(s): renew it or sign a CESA.</source>
        <translation>
            <numerusform>The CAPE ends in %n day(s): renew it or sign a CESA.</numerusform>
            <numerusform>The CAPE ends in %n day(s): renew it or sign a CESA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must become an associate within %n day(s) (L7331-3).</source>
        <translation>
            <numerusform>Must become an associate within %n day(s) (L7331-3).</numerusform>
            <numerusform>Must become an associate within %n day(s) (L7331-3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Had to become an associate %n day(s) ago (L7331-3).</source>
        <translation>
            <numerusform>Had to become an associate %n day(s) ago (L7331-3).</numerusform>
            <numerusform>Had to become an associate %n day(s) ago (L7331-3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The CESA has no fixed part (L7331-2).</source>
        <translation>The CESA has no fixed part (L7331-2).</translation>
    </message>
    <message>
        <source>Two contracts run at the same time.</source>
        <translation>Two contracts run at the same time.</translation>
    </message>
</context>
<context>
    <name>coop::ui::LedgerModel</name>
    <message>
        <source>Piece dated %1</source>
        <extracomment>The tooltip of a journal line&apos;s piece; %1 is the piece&apos;s date</extracomment>
        <translation>Piece dated %1</translation>
    </message>
    <message>
        <source>Journal</source>
        <extracomment>Column of the journal browser: the journal&apos;s code (VT, BQ…)</extracomment>
        <translation>Journal</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column of the journal browser: the entry&apos;s number in its journal</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Piece</source>
        <extracomment>Column of the journal browser: the piece (document) reference</extracomment>
        <translation>Piece</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account label</source>
        <translation>Account label</translation>
    </message>
    <message>
        <source>Aux. account</source>
        <extracomment>Column of the journal browser: the auxiliary (third-party) account</extracomment>
        <translation>Aux. account</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Analytic</source>
        <extracomment>Column of the journal browser: the activity&apos;s analytic code</extracomment>
        <translation>Analytic</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
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
    <message>
        <source>&amp;Cooperative settings…</source>
        <translation>&amp;Cooperative settings…</translation>
    </message>
    <message>
        <source>The cooperative&apos;s identity, payroll parameters, numbering and bank</source>
        <translation>The cooperative&apos;s identity, payroll parameters, numbering and bank</translation>
    </message>
    <message>
        <source>Contract &amp;alerts</source>
        <translation>Contract &amp;alerts</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
</context>
<context>
    <name>coop::ui::PaymentDialog</name>
    <message>
        <source>Refund of credit note %1</source>
        <translation>Refund of credit note %1</translation>
    </message>
    <message>
        <source>Payment of invoice %1</source>
        <translation>Payment of invoice %1</translation>
    </message>
    <message>
        <source>Left to pay: %1</source>
        <extracomment>%1 is an amount</extracomment>
        <translation>Left to pay: %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Cheque number, transfer label…</source>
        <translation>Cheque number, transfer label…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>&amp;Bank account:</source>
        <translation>&amp;Bank account:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>%1 is more than what is left to pay (%2).</source>
        <translation>%1 is more than what is left to pay (%2).</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayrollArea</name>
    <message>
        <source>&amp;Simulator</source>
        <translation>&amp;Simulator</translation>
    </message>
    <message>
        <source>Monthly &amp;run</source>
        <translation>Monthly &amp;run</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayrollJournalModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Analytic code</source>
        <extracomment>Column: the activity&apos;s analytic code</extracomment>
        <translation>Analytic code</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayrollLabels</name>
    <message>
        <source>Draft</source>
        <extracomment>A payroll run that may still be computed again</extracomment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>A payroll run frozen for good</extracomment>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayrollRunPage</name>
    <message>
        <source>The payroll runs cannot be read: %1</source>
        <translation>The payroll runs cannot be read: %1</translation>
    </message>
    <message>
        <source>The run of %1 cannot be read: %2</source>
        <translation>The run of %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>No payroll run for %1 yet: &quot;Compute the month&quot; makes one payslip per entrepreneur under a CESA.</source>
        <translation>No payroll run for %1 yet: &quot;Compute the month&quot; makes one payslip per entrepreneur under a CESA.</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Closed on %1</translation>
    </message>
    <message>
        <source>Draft computed on %1 at %2</source>
        <translation>Draft computed on %1 at %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, rules of %2: %3 payslip(s), gross %4, net before tax %5, employer cost %6.</source>
        <extracomment>%1 the state of the run, %2 the rule table&apos;s first day, %3 the number of payslips, %4 the gross, %5 the net, %6 the employer cost</extracomment>
        <translation>
            <numerusform>%1, rules of %2: %3 payslip, gross %4, net before tax %5, employer cost %6.</numerusform>
            <numerusform>%1, rules of %2: %3 payslips, gross %4, net before tax %5, employer cost %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balanced: debit %1 = credit %2.</source>
        <translation>Balanced: debit %1 = credit %2.</translation>
    </message>
    <message>
        <source>Not balanced: debit %1, credit %2.</source>
        <translation>Not balanced: debit %1, credit %2.</translation>
    </message>
    <message>
        <source>This month is closed: its run can no longer be replaced</source>
        <translation>This month is closed: its run can no longer be replaced</translation>
    </message>
    <message>
        <source>Compute every payslip of the month and store the run as a draft</source>
        <translation>Compute every payslip of the month and store the run as a draft</translation>
    </message>
    <message>
        <source>Compute the month again</source>
        <translation>Compute the month again</translation>
    </message>
    <message>
        <source>%1 already has a draft run computed on %2. Compute it again and replace it?</source>
        <translation>%1 already has a draft run computed on %2. Compute it again and replace it?</translation>
    </message>
    <message>
        <source>Replace the draft</source>
        <translation>Replace the draft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Computing the payroll of %1…</source>
        <translation>Computing the payroll of %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 computed: %n payslip(s).</source>
        <translation>
            <numerusform>%1 computed: %n payslip.</numerusform>
            <numerusform>%1 computed: %n payslips.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the month</source>
        <translation>Close the month</translation>
    </message>
    <message numerus="yes">
        <source>Close the payroll of %1? Its %n payslip(s) and journal lines can no longer be changed or computed again.</source>
        <translation>
            <numerusform>Close the payroll of %1? Its %n payslip and journal lines can no longer be changed or computed again.</numerusform>
            <numerusform>Close the payroll of %1? Its %n payslips and journal lines can no longer be changed or computed again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 is closed.</translation>
    </message>
    <message>
        <source>payroll-%1.csv</source>
        <extracomment>The default file name of the payroll firm&apos;s export; %1 is the month (2026-03)</extracomment>
        <translation>payroll-%1.csv</translation>
    </message>
    <message>
        <source>Export for the payroll firm</source>
        <translation>Export for the payroll firm</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>There is no run to export for %1.</source>
        <translation>There is no run to export for %1.</translation>
    </message>
    <message>
        <source>The export cannot be written to %1: %2</source>
        <translation>The export cannot be written to %1: %2</translation>
    </message>
    <message>
        <source>Export written: %1</source>
        <translation>Export written: %1</translation>
    </message>
    <message>
        <source>Monthly run</source>
        <translation>Monthly run</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>C&amp;ompute the month</source>
        <translation>C&amp;ompute the month</translation>
    </message>
    <message>
        <source>C&amp;lose the month</source>
        <translation>C&amp;lose the month</translation>
    </message>
    <message>
        <source>&amp;Export for the payroll firm (CSV)</source>
        <translation>&amp;Export for the payroll firm (CSV)</translation>
    </message>
    <message>
        <source>Stored runs</source>
        <translation>Stored runs</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <source>Search the payslips</source>
        <translation>Search the payslips</translation>
    </message>
    <message>
        <source>Stored payroll runs</source>
        <translation>Stored payroll runs</translation>
    </message>
    <message>
        <source>Payslips of the month</source>
        <translation>Payslips of the month</translation>
    </message>
    <message>
        <source>Journal lines of the run</source>
        <translation>Journal lines of the run</translation>
    </message>
    <message>
        <source>Payslip</source>
        <translation>Payslip</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Select a payslip in the list to see its lines.</source>
        <translation>Select a payslip in the list to see its lines.</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayrollRunsModel</name>
    <message>
        <source>Computed on %1</source>
        <translation>Computed on %1</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>closed on %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payslips</source>
        <extracomment>Column: the number of payslips of a run</extracomment>
        <translation>Payslips</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Employer cost</source>
        <translation>Employer cost</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayrollSimulator</name>
    <message>
        <source>None: the cooperative&apos;s situation</source>
        <translation>None: the cooperative&apos;s situation</translation>
    </message>
    <message>
        <source>The payroll rules cannot be read: %1</source>
        <translation>The payroll rules cannot be read: %1</translation>
    </message>
    <message>
        <source>Rules of %1 to %2</source>
        <translation>Rules of %1 to %2</translation>
    </message>
    <message>
        <source>Rules from %1</source>
        <translation>Rules from %1</translation>
    </message>
    <message>
        <source>%1: SMIC %2 a month, PSS %3.</source>
        <extracomment>%1 is the period of the rule table, %2 the monthly SMIC, %3 the PSS</extracomment>
        <translation>%1: SMIC %2 a month, PSS %3.</translation>
    </message>
    <message>
        <source>Enter a whole number of employees, such as %1.</source>
        <translation>Enter a whole number of employees, such as %1.</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more.</source>
        <translation>Enter an amount of zero or more.</translation>
    </message>
    <message>
        <source>Left over: %1 (the next cent of gross would cost more than the envelope).</source>
        <extracomment>What an envelope leaves when no gross uses it exactly; %1 is an amount</extracomment>
        <translation>Left over: %1 (the next cent of gross would cost more than the envelope).</translation>
    </message>
    <message>
        <source>This envelope falls in the 3-SMIC cliff: from a gross of %1 the RGDU stops, so %1 would cost %2, more than the envelope. Every envelope below %2 gives the gross shown here.</source>
        <translation>This envelope falls in the 3-SMIC cliff: from a gross of %1 the RGDU stops, so %1 would cost %2, more than the envelope. Every envelope below %2 gives the gross shown here.</translation>
    </message>
    <message>
        <source>Salary simulator</source>
        <translation>Salary simulator</translation>
    </message>
    <message>
        <source>Type one of the three: the two others and every line of the payslip follow.</source>
        <translation>Type one of the three: the two others and every line of the payslip follow.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Entrepreneur:</source>
        <translation>&amp;Entrepreneur:</translation>
    </message>
    <message>
        <source>Cadre:</source>
        <translation>Cadre:</translation>
    </message>
    <message>
        <source>Cadre s&amp;tatus</source>
        <translation>Cadre s&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>&amp;Headcount:</translation>
    </message>
    <message>
        <source>&amp;AT/MP rate:</source>
        <extracomment>Accident du travail / maladie professionnelle rate</extracomment>
        <translation>&amp;AT/MP rate:</translation>
    </message>
    <message>
        <source>&amp;Mobility rate (VM):</source>
        <extracomment>Versement mobilité rate</extracomment>
        <translation>&amp;Mobility rate (VM):</translation>
    </message>
    <message>
        <source>M&amp;utuelle a month:</source>
        <extracomment>The monthly health insurance (mutuelle), employee and employer together</extracomment>
        <translation>M&amp;utuelle a month:</translation>
    </message>
    <message>
        <source>Emp&amp;loyer&apos;s share:</source>
        <translation>Emp&amp;loyer&apos;s share:</translation>
    </message>
    <message>
        <source>&amp;Gross pay:</source>
        <translation>&amp;Gross pay:</translation>
    </message>
    <message>
        <source>&amp;Net before tax:</source>
        <translation>&amp;Net before tax:</translation>
    </message>
    <message>
        <source>Employer &amp;cost:</source>
        <translation>Employer &amp;cost:</translation>
    </message>
    <message>
        <source>The envelope: the largest gross whose employer cost fits in it</source>
        <translation>The envelope: the largest gross whose employer cost fits in it</translation>
    </message>
    <message>
        <source>Type a gross, a net or an employer cost to see the payslip.</source>
        <translation>Type a gross, a net or an employer cost to see the payslip.</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayrollSlipsModel</name>
    <message>
        <source>Days of the month under the CESA</source>
        <translation>Days of the month under the CESA</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Activity</source>
        <extracomment>Column: the activity&apos;s analytic code</extracomment>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>Column: days of the month under contract</extracomment>
        <translation>Days</translation>
    </message>
    <message>
        <source>Fixed</source>
        <extracomment>Column: the fixed part of the gross pay</extracomment>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Variable</source>
        <extracomment>Column: the variable part of the gross pay</extracomment>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Net</source>
        <extracomment>Column: net before income tax</extracomment>
        <translation>Net</translation>
    </message>
    <message>
        <source>Employer cost</source>
        <translation>Employer cost</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayslipLinesModel</name>
    <message>
        <source>General degressive reduction (RGDU)</source>
        <extracomment>The general reduction of employer contributions on low wages, a payslip row</extracomment>
        <translation>General degressive reduction (RGDU)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The RGDU coefficient (a plain number, not a percentage)</source>
        <extracomment>Tooltip of the RGDU&apos;s coefficient on a payslip</extracomment>
        <translation>The RGDU coefficient (a plain number, not a percentage)</translation>
    </message>
    <message>
        <source>Reduction of the employer contributions: the gross × the coefficient, none from 3 monthly SMIC up</source>
        <translation>Reduction of the employer contributions: the gross × the coefficient, none from 3 monthly SMIC up</translation>
    </message>
    <message>
        <source>The employee&apos;s rate</source>
        <translation>The employee&apos;s rate</translation>
    </message>
    <message>
        <source>The employer&apos;s rate</source>
        <translation>The employer&apos;s rate</translation>
    </message>
    <message>
        <source>Contribution</source>
        <extracomment>Column of a payslip: the contribution</extracomment>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Base</source>
        <extracomment>Column of a payslip: what the rate applies to, in euros</extracomment>
        <translation>Base</translation>
    </message>
    <message>
        <source>Rate</source>
        <extracomment>Column of a payslip: the rate of the employee&apos;s or the employer&apos;s part, on its left</extracomment>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Employee</source>
        <extracomment>Column of a payslip: the employee&apos;s amount</extracomment>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Employer</source>
        <extracomment>Column of a payslip: the employer&apos;s amount</extracomment>
        <translation>Employer</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayslipView</name>
    <message>
        <source>Gross pay</source>
        <translation>Gross pay</translation>
    </message>
    <message>
        <source>Employee contributions</source>
        <translation>Employee contributions</translation>
    </message>
    <message>
        <source>Net before income tax</source>
        <translation>Net before income tax</translation>
    </message>
    <message>
        <source>Net taxable</source>
        <translation>Net taxable</translation>
    </message>
    <message>
        <source>Net social amount</source>
        <translation>Net social amount</translation>
    </message>
    <message>
        <source>Employer contributions</source>
        <translation>Employer contributions</translation>
    </message>
    <message>
        <source>RGDU</source>
        <extracomment>The general reduction of employer contributions (réduction générale dégressive unique)</extracomment>
        <translation>RGDU</translation>
    </message>
    <message>
        <source>Employer total after RGDU</source>
        <translation>Employer total after RGDU</translation>
    </message>
    <message>
        <source>Employer cost</source>
        <translation>Employer cost</translation>
    </message>
    <message>
        <source>Payslip lines</source>
        <translation>Payslip lines</translation>
    </message>
    <message>
        <source>No payslip to show.</source>
        <translation>No payslip to show.</translation>
    </message>
</context>
<context>
    <name>coop::ui::PeriodClosingPage</name>
    <message>
        <source>The accounts are closed until %1, that day included.</source>
        <extracomment>%1 is the last day closed</extracomment>
        <translation>The accounts are closed until %1, that day included.</translation>
    </message>
    <message>
        <source>No period is closed: entries can be written on any date.</source>
        <translation>No period is closed: entries can be written on any date.</translation>
    </message>
    <message>
        <source>Only an administrator can reopen a period.</source>
        <translation>Only an administrator can reopen a period.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>nothing closed</source>
        <translation>nothing closed</translation>
    </message>
    <message>
        <source>Period closing</source>
        <translation>Period closing</translation>
    </message>
    <message>
        <source>Closing a period locks it: no entry dated in it can be written afterwards. Close a month once its documents, payments and payroll are all validated.</source>
        <translation>Closing a period locks it: no entry dated in it can be written afterwards. Close a month once its documents, payments and payroll are all validated.</translation>
    </message>
    <message>
        <source>&amp;Close until…</source>
        <translation>&amp;Close until…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Closed until</source>
        <extracomment>History column: the day closed after the event</extracomment>
        <translation>Closed until</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>coop::ui::PoolEditor</name>
    <message>
        <source>New shared-cost pool</source>
        <translation>New shared-cost pool</translation>
    </message>
    <message>
        <source>The pool is divided over the activities present in its period, by its key. Preview the split before saving the draft.</source>
        <translation>The pool is divided over the activities present in its period, by its key. Preview the split before saving the draft.</translation>
    </message>
    <message>
        <source>Shared-cost pool %1</source>
        <translation>Shared-cost pool %1</translation>
    </message>
    <message>
        <source>Preview the split before saving the draft.</source>
        <translation>Preview the split before saving the draft.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>e.g. Professional liability insurance 2026</source>
        <translation>e.g. Professional liability insurance 2026</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <source>charge account, e.g. 6161</source>
        <translation>charge account, e.g. 6161</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Turnover</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation>Equal shares</translation>
    </message>
    <message>
        <source>Fixed amounts</source>
        <translation>Fixed amounts</translation>
    </message>
    <message>
        <source>Custom weights</source>
        <translation>Custom weights</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>&amp;Figures:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Key value</source>
        <translation>Key value</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Days present</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Preview the split to see each activity&apos;s share before saving.</source>
        <translation>Preview the split to see each activity&apos;s share before saving.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>The amount each activity is charged when they add up to the pool and everyone is present all along.</source>
        <translation>The amount each activity is charged when they add up to the pool and everyone is present all along.</translation>
    </message>
    <message>
        <source>A whole number per activity; an empty figure is 0.</source>
        <translation>A whole number per activity; an empty figure is 0.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: type a whole number, e.g. 3.</source>
        <translation>%1: type a whole number, e.g. 3.</translation>
    </message>
    <message>
        <source>%1: the figure cannot be negative.</source>
        <translation>%1: the figure cannot be negative.</translation>
    </message>
    <message>
        <source>Correct the pool first: %1</source>
        <translation>Correct the pool first: %1</translation>
    </message>
    <message>
        <source>Computed from the pool as it stands in the form: nothing is stored yet.</source>
        <translation>Computed from the pool as it stands in the form: nothing is stored yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n share(s), %1 in all, for a pool of %2.</source>
        <translation>
            <numerusform>%n share, %1 in all, for a pool of %2.</numerusform>
            <numerusform>%n shares, %1 in all, for a pool of %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coop::ui::PortfolioPage</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A portfolio row: the activity&apos;s analytic code, then its name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Part of the portfolio cannot be read: %1</source>
        <translation>Part of the portfolio cannot be read: %1</translation>
    </message>
    <message>
        <source>My portfolio</source>
        <translation>My portfolio</translation>
    </message>
    <message>
        <source>The activities you follow and the work waiting on them. Open an area on the left to act on it.</source>
        <translation>The activities you follow and the work waiting on them. Open an area on the left to act on it.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Entrepreneurs</translation>
    </message>
    <message>
        <source>Drafts to validate</source>
        <translation>Drafts to validate</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Overdue invoices</translation>
    </message>
    <message>
        <source>Contract alerts</source>
        <translation>Contract alerts</translation>
    </message>
    <message>
        <source>Sync conflicts: unknown</source>
        <translation>Sync conflicts: unknown</translation>
    </message>
    <message>
        <source>No sync conflict to resolve.</source>
        <translation>No sync conflict to resolve.</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s) to resolve in the Sync area.</source>
        <translation>
            <numerusform>%n sync conflict to resolve in the Sync area.</numerusform>
            <numerusform>%n sync conflicts to resolve in the Sync area.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coop::ui::QuoteEditor</name>
    <message>
        <source>Choose a customer</source>
        <translation>Choose a customer</translation>
    </message>
    <message>
        <source>This quote no longer exists.</source>
        <translation>This quote no longer exists.</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>New quote</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Quote %1</translation>
    </message>
    <message>
        <source>%1, signed on %2</source>
        <translation>%1, signed on %2</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modified)</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Invoiced: %1 (%2 of %3 incl. VAT)</source>
        <translation>Invoiced: %1 (%2 of %3 incl. VAT)</translation>
    </message>
    <message>
        <source>Choose the customer of the quote.</source>
        <translation>Choose the customer of the quote.</translation>
    </message>
    <message>
        <source>Mark as signed</source>
        <translation>Mark as signed</translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation>Date of signature</translation>
    </message>
    <message>
        <source>Percentage of the quote (excl. VAT):</source>
        <translation>Percentage of the quote (excl. VAT):</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>Deposit invoice</translation>
    </message>
    <message>
        <source>Intermediate invoice</source>
        <translation>Intermediate invoice</translation>
    </message>
    <message>
        <source>Unsaved quote</source>
        <translation>Unsaved quote</translation>
    </message>
    <message>
        <source>Save the changes to this quote?</source>
        <translation>Save the changes to this quote?</translation>
    </message>
    <message>
        <source>← Quotes</source>
        <translation>← Quotes</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Back to the list (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Valid until</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>&amp;Prices</translation>
    </message>
    <message>
        <source>Disc&amp;ount (%)</source>
        <translation>Disc&amp;ount (%)</translation>
    </message>
    <message>
        <source>D&amp;eposit at signature (%)</source>
        <translation>D&amp;eposit at signature (%)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>&amp;Add a line</source>
        <translation>&amp;Add a line</translation>
    </message>
    <message>
        <source>&amp;Remove the line</source>
        <translation>&amp;Remove the line</translation>
    </message>
    <message>
        <source>Totals per VAT rate</source>
        <translation>Totals per VAT rate</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Base excl. VAT</source>
        <translation>Base excl. VAT</translation>
    </message>
    <message>
        <source>Invoices of this quote</source>
        <translation>Invoices of this quote</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the quote (Ctrl+S)</source>
        <translation>Save the quote (Ctrl+S)</translation>
    </message>
    <message>
        <source>Mark as se&amp;nt</source>
        <translation>Mark as se&amp;nt</translation>
    </message>
    <message>
        <source>Mark as si&amp;gned…</source>
        <translation>Mark as si&amp;gned…</translation>
    </message>
    <message>
        <source>Mark as re&amp;fused</source>
        <translation>Mark as re&amp;fused</translation>
    </message>
    <message>
        <source>&amp;Deposit invoice…</source>
        <translation>&amp;Deposit invoice…</translation>
    </message>
    <message>
        <source>&amp;Intermediate invoice…</source>
        <translation>&amp;Intermediate invoice…</translation>
    </message>
    <message>
        <source>&amp;Balance invoice</source>
        <translation>&amp;Balance invoice</translation>
    </message>
    <message>
        <source>Save the quote</source>
        <translation>Save the quote</translation>
    </message>
    <message>
        <source>Back to the quotes</source>
        <translation>Back to the quotes</translation>
    </message>
</context>
<context>
    <name>coop::ui::QuoteLabels</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>Deposit invoice</translation>
    </message>
    <message>
        <source>Intermediate invoice</source>
        <translation>Intermediate invoice</translation>
    </message>
    <message>
        <source>Balance invoice</source>
        <translation>Balance invoice</translation>
    </message>
</context>
<context>
    <name>coop::ui::QuotesModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
</context>
<context>
    <name>coop::ui::QuotesPage</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote(s)</numerusform>
            <numerusform>%n quote(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Search a number, a customer, a title</source>
        <translation>Search a number, a customer, a title</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <translation>Search quotes</translation>
    </message>
    <message>
        <source>New &amp;quote</source>
        <translation>New &amp;quote</translation>
    </message>
    <message>
        <source>New &amp;quote…</source>
        <translation>New &amp;quote…</translation>
    </message>
    <message>
        <source>Open the quote</source>
        <translation>Open the quote</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
</context>
<context>
    <name>coop::ui::ReopenPeriodDialog</name>
    <message>
        <source>Reopen the accounts closed until %1</source>
        <extracomment>%1 is the last day closed now</extracomment>
        <translation>Reopen the accounts closed until %1</translation>
    </message>
    <message>
        <source>Entries dated after the day you choose can be written again. Leave the date empty to reopen everything. The reopening is recorded with its reason.</source>
        <translation>Entries dated after the day you choose can be written again. Leave the date empty to reopen everything. The reopening is recorded with its reason.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>e.g. a supplier invoice of March received late</source>
        <translation>e.g. a supplier invoice of March received late</translation>
    </message>
    <message>
        <source>Keep closed &amp;until:</source>
        <translation>Keep closed &amp;until:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Choose a day before %1, or none to reopen everything.</source>
        <translation>Choose a day before %1, or none to reopen everything.</translation>
    </message>
    <message>
        <source>Say why the period is reopened: the reason is recorded.</source>
        <translation>Say why the period is reopened: the reason is recorded.</translation>
    </message>
</context>
<context>
    <name>coop::ui::SalesArea</name>
    <message>
        <source>New &amp;invoice…</source>
        <translation>New &amp;invoice…</translation>
    </message>
    <message>
        <source>F&amp;ind an invoice</source>
        <translation>F&amp;ind an invoice</translation>
    </message>
    <message>
        <source>New &amp;quote…</source>
        <translation>New &amp;quote…</translation>
    </message>
    <message>
        <source>F&amp;ind a quote</source>
        <translation>F&amp;ind a quote</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Invoices</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Quotes</translation>
    </message>
</context>
<context>
    <name>coop::ui::SalesLabels</name>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Goods and services</source>
        <translation>Goods and services</translation>
    </message>
    <message>
        <source>Prices excluding VAT</source>
        <translation>Prices excluding VAT</translation>
    </message>
    <message>
        <source>Prices including VAT</source>
        <translation>Prices including VAT</translation>
    </message>
    <message>
        <source>Company or public body</source>
        <translation>Company or public body</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Issued</source>
        <extracomment>A validated credit note</extracomment>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message numerus="yes">
        <source>Partly paid, overdue (%n d)</source>
        <extracomment>A partly paid invoice past its due date; %n days late</extracomment>
        <translation>
            <numerusform>Partly paid, overdue (%n d)</numerusform>
            <numerusform>Partly paid, overdue (%n d)</numerusform>
        </translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n d)</source>
        <extracomment>An unpaid invoice past its due date; %n days late</extracomment>
        <translation>
            <numerusform>Overdue (%n d)</numerusform>
            <numerusform>Overdue (%n d)</numerusform>
        </translation>
    </message>
    <message>
        <source>To be paid</source>
        <extracomment>An invoice waiting for its payment</extracomment>
        <translation>To be paid</translation>
    </message>
    <message>
        <source>All</source>
        <comment>invoice state filter</comment>
        <translation>All</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Nothing paid</source>
        <translation>Nothing paid</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>0 % (exempt)</source>
        <extracomment>The 0 % VAT rate, which needs an exemption mention</extracomment>
        <translation>0 % (exempt)</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>m³</source>
        <translation>m³</translation>
    </message>
    <message>
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>piece</translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation>lump sum</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
</context>
<context>
    <name>coop::ui::ScaleEditor</name>
    <message>
        <source>New contribution scale version</source>
        <translation>New contribution scale version</translation>
    </message>
    <message>
        <source>A version applies from its effective date, as voted by the general assembly. Preview its effect on a month before saving it.</source>
        <translation>A version applies from its effective date, as voted by the general assembly. Preview its effect on a month before saving it.</translation>
    </message>
    <message>
        <source>Contribution scale %1</source>
        <translation>Contribution scale %1</translation>
    </message>
    <message>
        <source>Preview the effect of your changes on a month before saving them.</source>
        <translation>Preview the effect of your changes on a month before saving them.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>e.g. BAREME-2026</source>
        <translation>e.g. BAREME-2026</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>e.g. general assembly of 12/06/2025, resolution 4</source>
        <translation>e.g. general assembly of 12/06/2025, resolution 4</translation>
    </message>
    <message>
        <source>General &amp;assembly:</source>
        <translation>General &amp;assembly:</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;Effective from:</translation>
    </message>
    <message>
        <source>Turnover invoiced (excl. VAT)</source>
        <translation>Turnover invoiced (excl. VAT)</translation>
    </message>
    <message>
        <source>Turnover collected (excl. VAT)</source>
        <translation>Turnover collected (excl. VAT)</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Base:</translation>
    </message>
    <message>
        <source>From (€)</source>
        <translation>From (€)</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>One row is a flat rate; the first bracket starts at 0.</source>
        <translation>One row is a flat rate; the first bracket starts at 0.</translation>
    </message>
    <message>
        <source>Brac&amp;kets:</source>
        <translation>Brac&amp;kets:</translation>
    </message>
    <message>
        <source>Marginal: each slice at its own rate</source>
        <translation>Marginal: each slice at its own rate</translation>
    </message>
    <message>
        <source>Whole base: the rate reached applies to all of it</source>
        <translation>Whole base: the rate reached applies to all of it</translation>
    </message>
    <message>
        <source>Brackets a&amp;pply:</source>
        <translation>Brackets a&amp;pply:</translation>
    </message>
    <message>
        <source>To each month</source>
        <translation>To each month</translation>
    </message>
    <message>
        <source>To the year to date</source>
        <translation>To the year to date</translation>
    </message>
    <message>
        <source>To the total since entry</source>
        <translation>To the total since entry</translation>
    </message>
    <message>
        <source>Bracket ba&amp;sis:</source>
        <translation>Bracket ba&amp;sis:</translation>
    </message>
    <message>
        <source>After (months)</source>
        <translation>After (months)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Floor (€)</source>
        <translation>Floor (€)</translation>
    </message>
    <message>
        <source>Each row applies from that many months after the entrepreneur&apos;s entry, for one contract type or any; the greatest reached applies.</source>
        <translation>Each row applies from that many months after the entrepreneur&apos;s entry, for one contract type or any; the greatest reached applies.</translation>
    </message>
    <message>
        <source>Monthly &amp;floors:</source>
        <translation>Monthly &amp;floors:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Prorated to the months of presence; empty for no cap.</source>
        <translation>Prorated to the months of presence; empty for no cap.</translation>
    </message>
    <message>
        <source>Annual ca&amp;p:</source>
        <translation>Annual ca&amp;p:</translation>
    </message>
    <message>
        <source>€ a year</source>
        <translation>€ a year</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>The cap of an associate; empty for the same cap.</source>
        <translation>The cap of an associate; empty for the same cap.</translation>
    </message>
    <message>
        <source>Annual cap of an a&amp;ssociate:</source>
        <translation>Annual cap of an a&amp;ssociate:</translation>
    </message>
    <message>
        <source>in the base</source>
        <translation>in the base</translation>
    </message>
    <message>
        <source>The rate of invoicing between entrepreneurs of the cooperative; empty to count it in the base.</source>
        <translation>The rate of invoicing between entrepreneurs of the cooperative; empty to count it in the base.</translation>
    </message>
    <message>
        <source>&amp;Internal invoicing:</source>
        <translation>&amp;Internal invoicing:</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;Default scale (contracts that name none)</source>
        <translation>&amp;Default scale (contracts that name none)</translation>
    </message>
    <message>
        <source>Default scale</source>
        <translation>Default scale</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>With this scale</source>
        <translation>With this scale</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Choose a month and preview what each activity would owe.</source>
        <translation>Choose a month and preview what each activity would owe.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Type a whole number of months, e.g. 12.</source>
        <translation>Type a whole number of months, e.g. 12.</translation>
    </message>
    <message>
        <source>Correct the scale first: %1</source>
        <translation>Correct the scale first: %1</translation>
    </message>
    <message>
        <source>No activity is under this scale in %1.</source>
        <translation>No activity is under this scale in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities in %1, computed as if the scale were saved: nothing is stored yet.</source>
        <translation>
            <numerusform>%n activities in %1, computed as if the scale were saved: nothing is stored yet.</numerusform>
            <numerusform>%n activities in %1, computed as if the scale were saved: nothing is stored yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1 now, %2 with this scale (difference %3).</source>
        <translation>Total: %1 now, %2 with this scale (difference %3).</translation>
    </message>
</context>
<context>
    <name>coop::ui::ScalesDialog</name>
    <message>
        <source>Contribution scales</source>
        <translation>Contribution scales</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>General assembly</source>
        <translation>General assembly</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>&amp;New scale…</source>
        <translation>&amp;New scale…</translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation>New &amp;version…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>coop::ui::SignInDialog</name>
    <message>
        <source>Sign in to the cooperative&apos;s server</source>
        <translation>Sign in to the cooperative&apos;s server</translation>
    </message>
    <message>
        <source>Your password is sent to the server once and never kept on this computer; the store keeps a session that this device renews.</source>
        <translation>Your password is sent to the server once and never kept on this computer; the store keeps a session that this device renews.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>&amp;Device name:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Enter the address of the cooperative&apos;s server.</source>
        <translation>Enter the address of the cooperative&apos;s server.</translation>
    </message>
    <message>
        <source>Enter an address such as https://coop.example.org.</source>
        <translation>Enter an address such as https://coop.example.org.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Name this device, e.g. &quot;Claire&apos;s laptop&quot;.</source>
        <translation>Name this device, e.g. &quot;Claire&apos;s laptop&quot;.</translation>
    </message>
    <message>
        <source>A sync is running; try again when it ends.</source>
        <translation>A sync is running; try again when it ends.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
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
    <name>coop::ui::SupplierInvoiceDialog</name>
    <message>
        <source>optional, 9 digits</source>
        <translation>optional, 9 digits</translation>
    </message>
    <message>
        <source>Attach the &amp;scanned invoice…</source>
        <translation>Attach the &amp;scanned invoice…</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activity:</translation>
    </message>
    <message>
        <source>S&amp;upplier:</source>
        <translation>S&amp;upplier:</translation>
    </message>
    <message>
        <source>SI&amp;REN:</source>
        <translation>SI&amp;REN:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <source>Scanned invoice:</source>
        <translation>Scanned invoice:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Charge account</source>
        <translation>Charge account</translation>
    </message>
    <message>
        <source>Excl. VAT (€)</source>
        <translation>Excl. VAT (€)</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Add &amp;line</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>Re&amp;move line</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>Paid &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validate</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Mark &amp;paid</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A supplier invoice&apos;s activity: its code, then its name
----------
A charge account in a supplier invoice line: its number, then its label</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Attach the scanned invoice</source>
        <translation>Attach the scanned invoice</translation>
    </message>
    <message>
        <source>Invoices (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Invoices (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>New supplier invoice</source>
        <translation>New supplier invoice</translation>
    </message>
    <message>
        <source>Supplier invoice %1 of %2</source>
        <translation>Supplier invoice %1 of %2</translation>
    </message>
    <message>
        <source>new, not saved yet</source>
        <translation>new, not saved yet</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Excl. VAT %1, VAT %2, incl. VAT %3</source>
        <translation>Excl. VAT %1, VAT %2, incl. VAT %3</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The invoice cannot be validated: the USER environment variable, which signs the validation, is empty.</source>
        <translation>The invoice cannot be validated: the USER environment variable, which signs the validation, is empty.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>coop::ui::SupplierInvoicesPage</name>
    <message numerus="yes">
        <source>%n supplier invoice(s)</source>
        <translation>
            <numerusform>%n supplier invoice</numerusform>
            <numerusform>%n supplier invoices</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Search an activity, a supplier or a reference</source>
        <translation>Search an activity, a supplier or a reference</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Excl. VAT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>coop::ui::SyncArea</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Sending changes</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Receiving changes</translation>
    </message>
    <message>
        <source>Receiving the cooperative&apos;s data</source>
        <translation>Receiving the cooperative&apos;s data</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>Sent %n change</numerusform>
            <numerusform>Sent %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in conflict</numerusform>
            <numerusform>%n in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n change(s)</source>
        <translation>
            <numerusform>received %n change</numerusform>
            <numerusform>received %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Your work is kept in this store and sent to the cooperative&apos;s server when you are online; what others changed comes back the same way.</source>
        <translation>Your work is kept in this store and sent to the cooperative&apos;s server when you are online; what others changed comes back the same way.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Waiting to be sent:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <source>Search the conflicts</source>
        <translation>Search the conflicts</translation>
    </message>
    <message>
        <source>Conflict inbox</source>
        <translation>Conflict inbox</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Keep the server&apos;s</translation>
    </message>
    <message>
        <source>The value on the server stays; the conflict is closed.</source>
        <translation>The value on the server stays; the conflict is closed.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Your value is sent again at the next sync.</source>
        <translation>Your value is sent again at the next sync.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation>Server&apos;s value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 as %2</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>not signed in</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operation</numerusform>
            <numerusform>%n operations</numerusform>
        </translation>
    </message>
    <message>
        <source>(the whole change)</source>
        <translation>(the whole change)</translation>
    </message>
    <message>
        <source>The sync runs in the background on its own access to the store. Enter the store&apos;s passphrase to allow it:</source>
        <translation>The sync runs in the background on its own access to the store. Enter the store&apos;s passphrase to allow it:</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not unlock this store.</source>
        <translation>Wrong passphrase: it does not unlock this store.</translation>
    </message>
</context>
<context>
    <name>coop::ui::SyncStatusButton</name>
    <message>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <extracomment>In the status bar: operations waiting to be sent to the server</extracomment>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <extracomment>In the status bar: when the last sync ended</extracomment>
        <translation>last sync %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Signed in to %1 as %2.</translation>
    </message>
    <message>
        <source>Not signed in to the cooperative&apos;s server.</source>
        <translation>Not signed in to the cooperative&apos;s server.</translation>
    </message>
    <message>
        <source>Click to open the Sync area.</source>
        <translation>Click to open the Sync area.</translation>
    </message>
</context>
<context>
    <name>coop::ui::TimelineWidget</name>
    <message>
        <source>Contract timeline</source>
        <translation>Contract timeline</translation>
    </message>
    <message>
        <source>No contract yet.</source>
        <translation>No contract yet.</translation>
    </message>
    <message>
        <source>CAPE</source>
        <translation>CAPE</translation>
    </message>
    <message>
        <source>Renewal %1</source>
        <translation>Renewal %1</translation>
    </message>
    <message>
        <source>CESA</source>
        <translation>CESA</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Associate</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <extracomment>A period on the timeline: &quot;CESA: 01/03/2026 – 31/12/2026&quot;</extracomment>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>%1: since %2</source>
        <translation>%1: since %2</translation>
    </message>
    <message>
        <source>Associate by %1</source>
        <translation>Associate by %1</translation>
    </message>
    <message>
        <source>Exit %1</source>
        <translation>Exit %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>coop::ui::TrialBalanceModel</name>
    <message>
        <source>Total</source>
        <extracomment>The last row of the trial balance</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Opening debit</source>
        <extracomment>Trial balance column: the debit brought forward</extracomment>
        <translation>Opening debit</translation>
    </message>
    <message>
        <source>Opening credit</source>
        <translation>Opening credit</translation>
    </message>
    <message>
        <source>Debit</source>
        <extracomment>Trial balance column: the period&apos;s debit movements</extracomment>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Balance debit</source>
        <extracomment>Trial balance column: a debit balance</extracomment>
        <translation>Balance debit</translation>
    </message>
    <message>
        <source>Balance credit</source>
        <translation>Balance credit</translation>
    </message>
</context>
<context>
    <name>coop::ui::TrialBalancePage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Whole cooperative</source>
        <extracomment>The trial balance&apos;s analytic filter: no filter</extracomment>
        <translation>Whole cooperative</translation>
    </message>
    <message>
        <source>Cooperative (%1)</source>
        <translation>Cooperative (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) · debit %1 · credit %2 · debit balances %3 · credit balances %4</source>
        <extracomment>Under the trial balance; %n accounts, then the total debit and credit (opening balances and movements) and the total of the debit and credit balances</extracomment>
        <translation>
            <numerusform>%n account · debit %1 · credit %2 · debit balances %3 · credit balances %4</numerusform>
            <numerusform>%n accounts · debit %1 · credit %2 · debit balances %3 · credit balances %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
    <message>
        <source>trial-balance-%1</source>
        <extracomment>The proposed file name of the trial balance (no extension); %1 is the date</extracomment>
        <translation>trial-balance-%1</translation>
    </message>
    <message>
        <source>Export the trial balance</source>
        <translation>Export the trial balance</translation>
    </message>
    <message>
        <source>general-ledger-%1</source>
        <extracomment>The proposed file name of the general ledger (no extension); %1 is the date</extracomment>
        <translation>general-ledger-%1</translation>
    </message>
    <message>
        <source>general-ledger-%1-%2</source>
        <extracomment>%1 is the account, %2 the date</extracomment>
        <translation>general-ledger-%1-%2</translation>
    </message>
    <message>
        <source>Export the general ledger</source>
        <translation>Export the general ledger</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>On &amp;date:</source>
        <translation>On &amp;date:</translation>
    </message>
    <message>
        <source>A&amp;nalytic:</source>
        <translation>A&amp;nalytic:</translation>
    </message>
    <message>
        <source>Export the trial balance:</source>
        <translation>Export the trial balance:</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;General ledger of accounts:</source>
        <extracomment>Before the field of the general ledger&apos;s accounts (an account number or its first digits)</extracomment>
        <translation>&amp;General ledger of accounts:</translation>
    </message>
    <message>
        <source>all</source>
        <extracomment>The general ledger&apos;s account field when empty: every account</extracomment>
        <translation>all</translation>
    </message>
    <message>
        <source>An account number or its first digits (411 for every customer account); empty for every account</source>
        <translation>An account number or its first digits (411 for every customer account); empty for every account</translation>
    </message>
    <message>
        <source>CS&amp;V…</source>
        <translation>CS&amp;V…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>main</name>
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
