<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>coop::Tr</name>
    <message>
        <source>--store FILE is required.</source>
        <translation>--store FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>--%1 is required for this command.</source>
        <translation>--%1 est obligatoire pour cette commande.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file: %1.</source>
        <translation>Impossible de lire le fichier de la phrase secrète&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The passphrase file is empty.</source>
        <translation>Le fichier de la phrase secrète est vide.</translation>
    </message>
    <message>
        <source>COOPDESK_PASSPHRASE is empty.</source>
        <translation>COOPDESK_PASSPHRASE est vide.</translation>
    </message>
    <message>
        <source>No passphrase: give --%1 FILE or set COOPDESK_PASSPHRASE.</source>
        <translation>Aucune phrase secrète&#xa0;: indiquez --%1 FICHIER ou définissez COOPDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>--%1 FILE is required for this command.</source>
        <translation>--%1 FICHIER est obligatoire pour cette commande.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <translation>erreur d&apos;utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run coopdesk-cli --help for the commands.</source>
        <translation>Lancez coopdesk-cli --help pour la liste des commandes.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>Read the store&apos;s passphrase from FILE.</source>
        <translation>Lire la phrase secrète du dossier dans FICHIER.</translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE.</source>
        <translation>Lire la nouvelle phrase secrète dans FICHIER.</translation>
    </message>
    <message>
        <source>Read the backup&apos;s passphrase from FILE.</source>
        <translation>Lire la phrase secrète de la sauvegarde dans FICHIER.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>Le fichier à lire.</translation>
    </message>
    <message>
        <source>The store&apos;s name (store init).</source>
        <translation>Le nom du dossier (store init).</translation>
    </message>
    <message>
        <source>Passphrase hardening: moderate (default) or interactive.</source>
        <translation>Coût de dérivation de la phrase secrète&#xa0;: moderate (par défaut) ou interactive.</translation>
    </message>
    <message>
        <source>Let store restore replace an existing store.</source>
        <translation>Autoriser store restore à remplacer un dossier existant.</translation>
    </message>
    <message>
        <source>The command group, then its action.</source>
        <translation>Le groupe de commandes, puis son action.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>aucune commande indiquée.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--kdf takes &quot;moderate&quot; or &quot;interactive&quot;, not &quot;%1&quot;.</source>
        <translation>--kdf accepte «&#xa0;moderate&#xa0;» ou «&#xa0;interactive&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Created the store %1 (schema version %2).</source>
        <translation>Dossier %1 créé (version du schéma&#xa0;: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <source>Restored %1 into %2 (schema version %3).</source>
        <translation>%1 restauré dans %2 (version du schéma&#xa0;: %3).</translation>
    </message>
    <message>
        <source>store takes one action: init, check, key, passphrase, backup or restore.</source>
        <translation>store attend une action&#xa0;: init, check, key, passphrase, backup ou restore.</translation>
    </message>
    <message>
        <source>unknown store action &quot;%1&quot;.</source>
        <translation>action de store inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot split %1: there are no weights to split it over.</source>
        <translation>Impossible de répartir %1&#xa0;: aucune clé de répartition.</translation>
    </message>
    <message>
        <source>Cannot split %1: the weight at index %2 is %3, and weights must not be negative.</source>
        <translation>Impossible de répartir %1&#xa0;: la clé à la position %2 vaut %3, or une clé ne peut pas être négative.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot split %1: all %n weights are zero.</source>
        <translation>
            <numerusform>Impossible de répartir %1&#xa0;: la clé vaut zéro.</numerusform>
            <numerusform>Impossible de répartir %1&#xa0;: les %n clés valent zéro.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large for a unit price.</source>
        <translation>%1 est trop grand pour un prix unitaire.</translation>
    </message>
    <message>
        <source>“%1” is not a unit price: expected digits with an optional sign and at most five decimals after &apos;.&apos; or &apos;,&apos;, such as 12.5 or 0.12345.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un prix unitaire&#xa0;: attendu des chiffres avec un signe facultatif et au plus cinq décimales après «&#xa0;.&#xa0;» ou «&#xa0;,&#xa0;», par exemple 12,5 ou 0,12345.</translation>
    </message>
    <message>
        <source>“%1” has more than five decimals, the most a unit price can have.</source>
        <translation>«&#xa0;%1&#xa0;» a plus de cinq décimales, le maximum pour un prix unitaire.</translation>
    </message>
    <message>
        <source>“%1” is too large for a unit price.</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand pour un prix unitaire.</translation>
    </message>
    <message>
        <source>%1 × %2 € is too large for a line amount.</source>
        <translation>%1 × %2 € est trop grand pour le montant d&apos;une ligne.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity: expected digits with an optional sign and at most three decimals after &apos;.&apos; or &apos;,&apos;, such as 3.5 or 151.67.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une quantité&#xa0;: attendu des chiffres avec un signe facultatif et au plus trois décimales après «&#xa0;.&#xa0;» ou «&#xa0;,&#xa0;», par exemple 3,5 ou 151,67.</translation>
    </message>
    <message>
        <source>“%1” has more than three decimals, the most a quantity can have.</source>
        <translation>«&#xa0;%1&#xa0;» a plus de trois décimales, le maximum pour une quantité.</translation>
    </message>
    <message>
        <source>“%1” is too large for a quantity.</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand pour une quantité.</translation>
    </message>
    <message>
        <source>%1 is too large for an exact amount (at most about 92 billion euros).</source>
        <translation>%1 est trop grand pour un montant exact (au plus 92 milliards d&apos;euros environ).</translation>
    </message>
    <message>
        <source>“%1” is not an amount: expected digits with an optional sign and at most eight decimals after &apos;.&apos; or &apos;,&apos;, such as 0.432075 or -1.5.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant&#xa0;: attendu des chiffres avec un signe facultatif et au plus huit décimales après «&#xa0;.&#xa0;» ou «&#xa0;,&#xa0;», par exemple 0,432075 ou -1,5.</translation>
    </message>
    <message>
        <source>“%1” has more than eight decimals, the most an exact amount can have.</source>
        <translation>«&#xa0;%1&#xa0;» a plus de huit décimales, le maximum pour un montant exact.</translation>
    </message>
    <message>
        <source>“%1” is too large for an exact amount.</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand pour un montant exact.</translation>
    </message>
    <message>
        <source>The sum of %1 and %2 is too large for an exact amount.</source>
        <translation>La somme de %1 et %2 est trop grande pour un montant exact.</translation>
    </message>
    <message>
        <source>%1 minus %2 is too large for an exact amount.</source>
        <translation>%1 moins %2 est trop grand pour un montant exact.</translation>
    </message>
    <message numerus="yes">
        <source>The sum of %n amounts is too large for an exact amount.</source>
        <translation>
            <numerusform>La somme de %n montant est trop grande pour un montant exact.</numerusform>
            <numerusform>La somme de %n montants est trop grande pour un montant exact.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 % is too large for an amount.</source>
        <translation>%1 × %2 % est trop grand pour un montant.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: expected digits with an optional sign and at most two decimals after &apos;.&apos; or &apos;,&apos;, such as 1234.56 or -0,5.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant&#xa0;: attendu des chiffres avec un signe facultatif et au plus deux décimales après «&#xa0;.&#xa0;» ou «&#xa0;,&#xa0;», par exemple 1234,56 ou -0,5.</translation>
    </message>
    <message>
        <source>“%1” has more than two decimals: an amount is counted in whole cents.</source>
        <translation>«&#xa0;%1&#xa0;» a plus de deux décimales&#xa0;: un montant se compte en centimes entiers.</translation>
    </message>
    <message>
        <source>“%1” is too large for an amount.</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand pour un montant.</translation>
    </message>
    <message>
        <source>The sum of %1 and %2 is too large for an amount.</source>
        <translation>La somme de %1 et %2 est trop grande pour un montant.</translation>
    </message>
    <message>
        <source>%1 minus %2 is too large for an amount.</source>
        <translation>%1 moins %2 est trop grand pour un montant.</translation>
    </message>
    <message numerus="yes">
        <source>The sum of %n amounts is too large for an amount.</source>
        <translation>
            <numerusform>La somme de %n montant est trop grande pour un montant.</numerusform>
            <numerusform>La somme de %n montants est trop grande pour un montant.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 is too large for an amount.</source>
        <translation>%1 × %2 est trop grand pour un montant.</translation>
    </message>
    <message>
        <source>a non-empty text is required</source>
        <translation>un texte non vide est requis</translation>
    </message>
    <message>
        <source>a whole number is required</source>
        <translation>un nombre entier est requis</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>doit valoir au moins %1</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected insert, update, delete or command)</source>
        <translation>type «&#xa0;%1&#xa0;» inconnu (attendu&#xa0;: insert, update, delete ou command)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>an object is required</source>
        <translation>un objet est requis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>“%1” is not a percentage: expected digits with an optional sign and decimals after &apos;.&apos; or &apos;,&apos;, without &apos;%&apos;, such as 20, 5.5 or 0.016.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pourcentage&#xa0;: attendu des chiffres avec un signe facultatif et des décimales après «&#xa0;.&#xa0;» ou «&#xa0;,&#xa0;», sans «&#xa0;%&#xa0;», par exemple 20, 5,5 ou 0,016.</translation>
    </message>
    <message>
        <source>“%1” has more than six decimals: a percentage is exact to 0.000001 % only.</source>
        <translation>«&#xa0;%1&#xa0;» a plus de six décimales&#xa0;: un pourcentage n&apos;est exact qu&apos;à 0,000001 % près.</translation>
    </message>
    <message>
        <source>The percentage “%1” is too large for a rate.</source>
        <translation>Le pourcentage «&#xa0;%1&#xa0;» est trop grand pour un taux.</translation>
    </message>
    <message>
        <source>“%1” is not a coefficient: expected digits with an optional sign and decimals after &apos;.&apos; or &apos;,&apos;, such as 0.3781 or 1.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un coefficient&#xa0;: attendu des chiffres avec un signe facultatif et des décimales après «&#xa0;.&#xa0;» ou «&#xa0;,&#xa0;», par exemple 0,3781 ou 1.</translation>
    </message>
    <message>
        <source>“%1” has more than eight decimals: a coefficient is exact to 0.00000001 only.</source>
        <translation>«&#xa0;%1&#xa0;» a plus de huit décimales&#xa0;: un coefficient n&apos;est exact qu&apos;à 0,00000001 près.</translation>
    </message>
    <message>
        <source>“%1” is too large for a coefficient.</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand pour un coefficient.</translation>
    </message>
    <message>
        <source>%1 % × %2 % is too large for a rate.</source>
        <translation>%1 % × %2 % est trop grand pour un taux.</translation>
    </message>
    <message>
        <source>Cannot divide %1 by zero.</source>
        <translation>Impossible de diviser %1 par zéro.</translation>
    </message>
    <message>
        <source>The quotient of %1 divided by %2 is too large to be stored.</source>
        <translation>Le quotient de %1 par %2 est trop grand pour être enregistré.</translation>
    </message>
    <message>
        <source>Cannot divide %1 × %2 by zero.</source>
        <translation>Impossible de diviser %1 × %2 par zéro.</translation>
    </message>
    <message>
        <source>The result of %1 × %2 / %3 is too large to be stored.</source>
        <translation>Le résultat de %1 × %2 / %3 est trop grand pour être enregistré.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (%1 MiB needed).</source>
        <translation>Mémoire insuffisante pour dériver la clé de la phrase secrète (%1 Mio nécessaires).</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de cryptographie n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
    <message>
        <source>The key file is damaged: %1.</source>
        <translation>Le fichier de clé est endommagé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This is not a CoopDesk key file.</source>
        <translation>Ce n&apos;est pas un fichier de clé CoopDesk.</translation>
    </message>
    <message>
        <source>This key file has version %1; this CoopDesk reads version %2.</source>
        <translation>Ce fichier de clé est en version %1&#xa0;; cette version de CoopDesk lit la version %2.</translation>
    </message>
    <message>
        <source>The key file names an unknown algorithm.</source>
        <translation>Le fichier de clé indique un algorithme inconnu.</translation>
    </message>
    <message>
        <source>The key file is incomplete or damaged.</source>
        <translation>Le fichier de clé est incomplet ou endommagé.</translation>
    </message>
    <message>
        <source>The key file of this store is missing.</source>
        <translation>Le fichier de clé de ce dossier est introuvable.</translation>
    </message>
    <message>
        <source>Cannot read the key file: %1.</source>
        <translation>Impossible de lire le fichier de clé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot write the key file: %1.</source>
        <translation>Impossible d&apos;écrire le fichier de clé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s schema.</source>
        <translation>Impossible de lire le schéma du dossier.</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s schema version.</source>
        <translation>Impossible de lire la version du schéma du dossier.</translation>
    </message>
    <message>
        <source>This store was written by a newer CoopDesk (schema version %1; this version knows up to %2). Install a newer CoopDesk to open it.</source>
        <translation>Ce dossier a été enregistré par une version plus récente de CoopDesk (schéma en version %1&#xa0;; cette version connaît jusqu&apos;à la version %2). Installez une version plus récente de CoopDesk pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Cannot start migration %1.</source>
        <translation>Impossible de démarrer la migration %1.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed:</source>
        <translation>La migration %1 (%2) a échoué&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot record migration %1.</source>
        <translation>Impossible d&apos;enregistrer la migration %1.</translation>
    </message>
    <message>
        <source>Cannot commit migration %1.</source>
        <translation>Impossible de valider la migration %1.</translation>
    </message>
    <message>
        <source>Cannot read the setting %1: %2</source>
        <translation>Impossible de lire le paramètre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The busy timeout must be a number of milliseconds, not &quot;%1&quot;.</source>
        <translation>Le délai d&apos;attente doit être un nombre de millisecondes, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown or malformed connection option &quot;%1&quot;.</source>
        <translation>Option de connexion inconnue ou mal formée&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The SQLite library loaded in this process is not SQLCipher (another SQLite, such as Qt&apos;s QSQLITE plugin, was loaded first): refusing to open a database that would not be encrypted.</source>
        <translation>La bibliothèque SQLite chargée dans ce processus n&apos;est pas SQLCipher (une autre SQLite, comme le module QSQLITE de Qt, a été chargée avant)&#xa0;: ouverture refusée, la base de données ne serait pas chiffrée.</translation>
    </message>
    <message>
        <source>The SQL script is too large.</source>
        <translation>Le script SQL est trop volumineux.</translation>
    </message>
    <message>
        <source>The SQL script failed at line %1, in &quot;%2&quot;.</source>
        <translation>Le script SQL a échoué à la ligne %1, dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No database key was given: this driver never opens an unencrypted database.</source>
        <translation>Aucune clé de base de données n&apos;a été fournie&#xa0;: ce pilote n&apos;ouvre jamais une base non chiffrée.</translation>
    </message>
    <message>
        <source>The database key must be 64 hexadecimal digits.</source>
        <translation>La clé de la base de données doit comporter 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>Impossible d&apos;ouvrir le fichier de base de données %1.</translation>
    </message>
    <message>
        <source>Cannot apply the database key.</source>
        <translation>Impossible d&apos;appliquer la clé de la base de données.</translation>
    </message>
    <message>
        <source>Cannot apply the cipher setting &quot;%1&quot;.</source>
        <translation>Impossible d&apos;appliquer le réglage de chiffrement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Wrong key, or %1 is not an encrypted CoopDesk store.</source>
        <translation>Clé incorrecte, ou %1 n&apos;est pas un dossier CoopDesk chiffré.</translation>
    </message>
    <message>
        <source>Cannot read the database %1.</source>
        <translation>Impossible de lire la base de données %1.</translation>
    </message>
    <message>
        <source>Cannot begin the transaction.</source>
        <translation>Impossible de commencer la transaction.</translation>
    </message>
    <message>
        <source>Cannot commit the transaction.</source>
        <translation>Impossible de valider la transaction.</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction.</source>
        <translation>Impossible d&apos;annuler la transaction.</translation>
    </message>
    <message>
        <source>The statement is too large.</source>
        <translation>L&apos;instruction est trop volumineuse.</translation>
    </message>
    <message>
        <source>Unable to prepare the statement.</source>
        <translation>Impossible de préparer l&apos;instruction.</translation>
    </message>
    <message>
        <source>The query contains no SQL statement.</source>
        <translation>La requête ne contient aucune instruction SQL.</translation>
    </message>
    <message>
        <source>A query runs exactly one SQL statement; run scripts of several statements with sqlCipherExecScript().</source>
        <translation>Une requête exécute exactement une instruction SQL&#xa0;; exécutez les scripts de plusieurs instructions avec sqlCipherExecScript().</translation>
    </message>
    <message>
        <source>A value is bound to %1, which is not a placeholder of the statement.</source>
        <translation>Une valeur est liée à %1, qui n&apos;est pas un paramètre de l&apos;instruction.</translation>
    </message>
    <message>
        <source>The placeholder %1 occurs several times with different values.</source>
        <translation>Le paramètre %1 apparaît plusieurs fois avec des valeurs différentes.</translation>
    </message>
    <message>
        <source>Parameter count mismatch: no value is bound to %1.</source>
        <translation>Nombre de paramètres incorrect&#xa0;: aucune valeur n&apos;est liée à %1.</translation>
    </message>
    <message>
        <source>The value %1 does not fit a 64-bit signed integer.</source>
        <translation>La valeur %1 ne tient pas dans un entier signé de 64 bits.</translation>
    </message>
    <message>
        <source>Values of type %1 cannot be stored.</source>
        <translation>Les valeurs de type %1 ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Unable to bind a value to the statement.</source>
        <translation>Impossible de lier une valeur à l&apos;instruction.</translation>
    </message>
    <message>
        <source>No statement is prepared.</source>
        <translation>Aucune instruction n&apos;est préparée.</translation>
    </message>
    <message>
        <source>Unable to fetch the next row.</source>
        <translation>Impossible de lire la ligne suivante.</translation>
    </message>
    <message>
        <source>Unable to execute the statement.</source>
        <translation>Impossible d&apos;exécuter l&apos;instruction.</translation>
    </message>
    <message>
        <source>Cannot configure the store (%1).</source>
        <translation>Impossible de configurer le dossier (%1).</translation>
    </message>
    <message>
        <source>The file cannot be opened as an encrypted store: it is damaged, truncated, or its key does not belong to it (%1).</source>
        <translation>Le fichier ne peut pas être ouvert comme dossier chiffré&#xa0;: il est endommagé, tronqué, ou sa clé ne lui correspond pas (%1).</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s identity.</source>
        <translation>Impossible de lire l&apos;identité du dossier.</translation>
    </message>
    <message>
        <source>The store has no &quot;%1&quot; record: it was not created by CoopDesk or its creation did not finish.</source>
        <translation>Le dossier n&apos;a pas d&apos;enregistrement «&#xa0;%1&#xa0;»&#xa0;: il n&apos;a pas été créé par CoopDesk, ou sa création ne s&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; could not run.</source>
        <translation>La vérification «&#xa0;%1&#xa0;» n&apos;a pas pu s&apos;exécuter.</translation>
    </message>
    <message>
        <source>No file name was given for the store.</source>
        <translation>Aucun nom de fichier n&apos;a été indiqué pour le dossier.</translation>
    </message>
    <message>
        <source>A store already exists here; open it, or choose another file name.</source>
        <translation>Un dossier existe déjà à cet emplacement&#xa0;; ouvrez-le, ou choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>Schema version %1 does not exist (1 to %2).</source>
        <translation>La version de schéma %1 n&apos;existe pas (1 à %2).</translation>
    </message>
    <message>
        <source>Cannot start writing the new store.</source>
        <translation>Impossible de commencer l&apos;écriture du nouveau dossier.</translation>
    </message>
    <message>
        <source>Cannot write the store&apos;s identity.</source>
        <translation>Impossible d&apos;écrire l&apos;identité du dossier.</translation>
    </message>
    <message>
        <source>There is no store at this path.</source>
        <translation>Il n&apos;y a pas de dossier à cet emplacement.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not unlock this store. Nothing was changed.</source>
        <translation>Phrase secrète incorrecte&#xa0;: elle ne déverrouille pas ce dossier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The file is an empty database, not a CoopDesk store.</source>
        <translation>Le fichier est une base de données vide, pas un dossier CoopDesk.</translation>
    </message>
    <message>
        <source>The key file belongs to another store (%1, not %2).</source>
        <translation>Le fichier de clé appartient à un autre dossier (%1, et non %2).</translation>
    </message>
    <message>
        <source>Cannot read the device identity.</source>
        <translation>Impossible de lire l&apos;identité de l&apos;appareil.</translation>
    </message>
    <message>
        <source>The store has no device identity.</source>
        <translation>Le dossier n&apos;a pas d&apos;identité d&apos;appareil.</translation>
    </message>
    <message>
        <source>The backup passphrase is empty.</source>
        <translation>La phrase secrète de la sauvegarde est vide.</translation>
    </message>
    <message>
        <source>A file with this name exists already; choose another name for the backup.</source>
        <translation>Un fichier de ce nom existe déjà&#xa0;; choisissez un autre nom pour la sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot create the backup file.</source>
        <translation>Impossible de créer le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot copy the store into the backup.</source>
        <translation>Impossible de copier le dossier dans la sauvegarde.</translation>
    </message>
    <message>
        <source>The backup did not read back correctly: %1</source>
        <translation>La relecture de la sauvegarde a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot rename the finished backup into place.</source>
        <translation>Impossible de renommer la sauvegarde terminée à son emplacement définitif.</translation>
    </message>
    <message>
        <source>The backup file does not exist.</source>
        <translation>Le fichier de sauvegarde n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The passphrase for the restored store is empty.</source>
        <translation>La phrase secrète du dossier restauré est vide.</translation>
    </message>
    <message>
        <source>A store already exists here; restore to another file name, or ask to replace it.</source>
        <translation>Un dossier existe déjà à cet emplacement&#xa0;; restaurez sous un autre nom de fichier, ou demandez à le remplacer.</translation>
    </message>
    <message>
        <source>The backup passphrase is wrong, or the file is not a CoopDesk backup. Nothing was changed.</source>
        <translation>La phrase secrète de la sauvegarde est incorrecte, ou le fichier n&apos;est pas une sauvegarde CoopDesk. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This backup was written by a newer CoopDesk (schema version %1; this version knows up to %2).</source>
        <translation>Cette sauvegarde a été écrite par une version plus récente de CoopDesk (schéma en version %1&#xa0;; cette version connaît jusqu&apos;à la version %2).</translation>
    </message>
    <message>
        <source>The backup holds no CoopDesk store.</source>
        <translation>La sauvegarde ne contient aucun dossier CoopDesk.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1</source>
        <translation>La sauvegarde est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create the restored store.</source>
        <translation>Impossible de créer le dossier restauré.</translation>
    </message>
    <message>
        <source>Cannot copy the backup into the store.</source>
        <translation>Impossible de copier la sauvegarde dans le dossier.</translation>
    </message>
    <message>
        <source>Cannot give the restored store its own device identity.</source>
        <translation>Impossible de donner au dossier restauré sa propre identité d&apos;appareil.</translation>
    </message>
    <message>
        <source>The restored store is complete in %1 but could not be renamed into place.</source>
        <translation>Le dossier restauré est complet dans %1 mais n&apos;a pas pu être renommé à son emplacement définitif.</translation>
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation>Chiffrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database structure: %1</source>
        <translation>Structure de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Broken reference: %1</source>
        <translation>Référence rompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The schema is at version %1; this CoopDesk expects %2.</source>
        <translation>Le schéma est en version %1&#xa0;; cette version de CoopDesk attend la version %2.</translation>
    </message>
    <message>
        <source>The device identity is missing.</source>
        <translation>L&apos;identité de l&apos;appareil est absente.</translation>
    </message>
    <message>
        <source>The operation counter (%1) is behind the outbox (%2).</source>
        <translation>Le compteur d&apos;opérations (%1) est en retard sur la file d&apos;envoi (%2).</translation>
    </message>
    <message>
        <source>The outbox cannot be read: %1</source>
        <translation>La file d&apos;envoi ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation>Impossible de commencer une transaction.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid entity name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;entité valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column that can be written.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une colonne modifiable.</translation>
    </message>
    <message>
        <source>Cannot prepare the insertion into %1.</source>
        <translation>Impossible de préparer l&apos;insertion dans %1.</translation>
    </message>
    <message>
        <source>Cannot add %1 &quot;%2&quot;: %3</source>
        <translation>Impossible d&apos;ajouter %1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot prepare the update of %1.</source>
        <translation>Impossible de préparer la modification de %1.</translation>
    </message>
    <message>
        <source>Cannot change %1 &quot;%2&quot;: %3</source>
        <translation>Impossible de modifier %1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was changed meanwhile (version %3, not %4); reload it and try again.</source>
        <translation>%1 «&#xa0;%2&#xa0;» a été modifié entre-temps (version %3, et non %4)&#xa0;; rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot delete %1 &quot;%2&quot;: %3</source>
        <translation>Impossible de supprimer %1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was changed or deleted meanwhile; nothing was deleted.</source>
        <translation>%1 «&#xa0;%2&#xa0;» a été modifié ou supprimé entre-temps&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid command name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de commande valide.</translation>
    </message>
    <message>
        <source>Cannot number the change for sync.</source>
        <translation>Impossible de numéroter la modification pour la synchronisation.</translation>
    </message>
    <message>
        <source>Cannot queue the change for sync.</source>
        <translation>Impossible de mettre la modification en file d&apos;attente pour la synchronisation.</translation>
    </message>
    <message>
        <source>Cannot save the changes.</source>
        <translation>Impossible d&apos;enregistrer les modifications.</translation>
    </message>
    <message>
        <source>Cannot read the outbox: %1</source>
        <translation>Impossible de lire la file d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language of the messages: fr or en (default: the system&apos;s).</source>
        <translation>Langue des messages&#xa0;: fr ou en (par défaut, celle du système).</translation>
    </message>
    <message>
        <source>The date the status and alerts are computed on, YYYY-MM-DD (default: today).</source>
        <translation>La date à laquelle le statut et les alertes sont calculés, AAAA-MM-JJ (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>How many entrepreneurs the demo has (default 60).</source>
        <translation>Le nombre d&apos;entrepreneurs de la démonstration (60 par défaut).</translation>
    </message>
    <message>
        <source>How many years of history the demo covers (default 3).</source>
        <translation>Le nombre d&apos;années d&apos;historique de la démonstration (3 par défaut).</translation>
    </message>
    <message>
        <source>The demo&apos;s seed: the same seed gives the same data (default 1).</source>
        <translation>La graine de la démonstration&#xa0;: la même graine donne les mêmes données (1 par défaut).</translation>
    </message>
    <message>
        <source>The last day of the demo&apos;s history, YYYY-MM-DD (default: today).</source>
        <translation>Le dernier jour de l&apos;historique de la démonstration, AAAA-MM-JJ (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>--%1 takes a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 attend une date au format AAAA-MM-JJ, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 attend un nombre entier de %2 à %3, pas «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>no contract</source>
        <translation>sans contrat</translation>
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
        <translation>associé</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>sorti</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>Impossible de lire le fichier&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with problems; nothing was imported.</source>
        <translation>
            <numerusform>%n ligne comporte des problèmes&#xa0;; rien n&apos;a été importé.</numerusform>
            <numerusform>%n lignes comportent des problèmes&#xa0;; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1: %2 entrepreneurs, %3 contracts.</source>
        <translation>Importé depuis %1&#xa0;: %2 entrepreneurs, %3 contrats.</translation>
    </message>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1.</source>
        <translation>Impossible d&apos;écrire le fichier&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entrepreneur(s) to %1.</source>
        <translation>
            <numerusform>%n entrepreneur exporté dans %1.</numerusform>
            <numerusform>%n entrepreneurs exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Associate by</source>
        <translation>Associé au plus tard le</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message numerus="yes">
        <source>%n entrepreneur(s) on %1.</source>
        <translation>
            <numerusform>%n entrepreneur au %1.</numerusform>
            <numerusform>%n entrepreneurs au %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>entrepreneurs %1 takes one FILE.</source>
        <translation>entrepreneurs %1 attend un seul FICHIER.</translation>
    </message>
    <message>
        <source>entrepreneurs list takes no other word.</source>
        <translation>entrepreneurs list n&apos;attend aucun autre mot.</translation>
    </message>
    <message>
        <source>entrepreneurs takes one action: import FILE, export FILE or list.</source>
        <translation>entrepreneurs attend une action&#xa0;: import FICHIER, export FICHIER ou list.</translation>
    </message>
    <message>
        <source>unknown entrepreneurs action &quot;%1&quot;.</source>
        <translation>action d&apos;entrepreneurs inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>alerts takes no other word (the date goes with --at).</source>
        <translation>alerts n&apos;attend aucun autre mot (la date se donne avec --at).</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
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
            <numerusform>%n alerte au %1.</numerusform>
            <numerusform>%n alertes au %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>demo takes no other word (see --entrepreneurs, --years, --seed).</source>
        <translation>demo n&apos;attend aucun autre mot (voir --entrepreneurs, --years, --seed).</translation>
    </message>
    <message>
        <source>Demo cooperative written to %1 (seed %2, as of %3):</source>
        <translation>Coopérative de démonstration écrite dans %1 (graine %2, au %3)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 entrepreneurs, %2 activities, %3 contracts, %4 interviews</source>
        <translation>%1 entrepreneurs, %2 activités, %3 contrats, %4 entretiens</translation>
    </message>
    <message>
        <source>generated in %1 ms, checked and written in %2 ms in one transaction; %3 ms in all.</source>
        <translation>générée en %1 ms, vérifiée et écrite en %2 ms en une seule transaction&#xa0;; %3 ms au total.</translation>
    </message>
    <message>
        <source>The analytic code “%1” must have 2 to 12 upper-case letters (A-Z) or digits, such as ANA042.</source>
        <translation>Le code analytique «&#xa0;%1&#xa0;» doit comporter de 2 à 12 lettres majuscules (A-Z) ou chiffres, par exemple ANA042.</translation>
    </message>
    <message>
        <source>The activity&apos;s name is required.</source>
        <translation>Le nom de l&apos;activité est obligatoire.</translation>
    </message>
    <message>
        <source>Member %1 of the activity has no entrepreneur.</source>
        <translation>Le membre %1 de l&apos;activité n&apos;a pas d&apos;entrepreneur.</translation>
    </message>
    <message>
        <source>The entrepreneur %1 is listed twice in the activity.</source>
        <translation>L&apos;entrepreneur %1 figure deux fois dans l&apos;activité.</translation>
    </message>
    <message>
        <source>Member %1&apos;s share of the result must be above 0 %, not %2 %.</source>
        <translation>La quote-part du résultat du membre %1 doit être supérieure à 0 %, et non %2 %.</translation>
    </message>
    <message>
        <source>more than 100</source>
        <translation>plus de 100</translation>
    </message>
    <message>
        <source>The members&apos; shares add up to %1 %, not 100 %.</source>
        <translation>Les quotes-parts des membres totalisent %1 %, et non 100 %.</translation>
    </message>
    <message>
        <source>The CAPE of %1 ends on %2: renew it, sign a CESA or record the exit.</source>
        <translation>Le CAPE de %1 se termine le %2&#xa0;: renouvelez-le, signez un CESA ou enregistrez la sortie.</translation>
    </message>
    <message>
        <source>%1 had to become an associate by %2 (L7331-3) and is not one.</source>
        <translation>%1 devait devenir associé au plus tard le %2 (L7331-3) et ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>%1 must become an associate by %2 (L7331-3).</source>
        <translation>%1 doit devenir associé au plus tard le %2 (L7331-3).</translation>
    </message>
    <message>
        <source>The CESA of %1 has no fixed part since %2: L7331-2 asks the contract to set one.</source>
        <translation>Le CESA de %1 n&apos;a pas de part fixe depuis le %2&#xa0;: l&apos;article L7331-2 impose que le contrat en fixe une.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has had %n interview(s) in the 12 months up to %2; two a year are due.</source>
        <translation>
            <numerusform>%1 a eu %n entretien sur les 12 mois allant jusqu&apos;au %2&#xa0;; deux par an sont requis.</numerusform>
            <numerusform>%1 a eu %n entretiens sur les 12 mois allant jusqu&apos;au %2&#xa0;; deux par an sont requis.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has two contracts that both run from %2 to %3.</source>
        <translation>%1 a deux contrats qui courent tous deux du %2 au %3.</translation>
    </message>
    <message>
        <source>%1 has two contracts that both run from %2 on.</source>
        <translation>%1 a deux contrats qui courent tous deux à partir du %2.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of alert; expected one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;alerte&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A CAPE needs at least one period.</source>
        <translation>Un CAPE doit comporter au moins une période.</translation>
    </message>
    <message>
        <source>A CAPE has at most three periods, the first one and two renewals; this one has %1.</source>
        <translation>Un CAPE comporte au plus trois périodes, la période initiale et deux renouvellements&#xa0;; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>Period %1 of the CAPE has no start date.</source>
        <translation>La période %1 du CAPE n&apos;a pas de date de début.</translation>
    </message>
    <message>
        <source>Period %1 of the CAPE has no end date.</source>
        <translation>La période %1 du CAPE n&apos;a pas de date de fin.</translation>
    </message>
    <message>
        <source>Period %1 of the CAPE ends on %2, before it starts on %3.</source>
        <translation>La période %1 du CAPE se termine le %2, avant son début le %3.</translation>
    </message>
    <message>
        <source>Period %1 of the CAPE runs from %2 to %3, more than 12 months: it must end by %4.</source>
        <translation>La période %1 du CAPE court du %2 au %3, soit plus de 12 mois&#xa0;: elle doit se terminer au plus tard le %4.</translation>
    </message>
    <message>
        <source>Renewal %1 of the CAPE starts on %2; it must follow the previous period without a gap or an overlap, on %3.</source>
        <translation>Le renouvellement %1 du CAPE commence le %2&#xa0;; il doit suivre la période précédente sans interruption ni chevauchement, le %3.</translation>
    </message>
    <message>
        <source>The CAPE runs from %1 to %2, more than 36 months in all: it must end by %3.</source>
        <translation>Le CAPE court du %1 au %2, soit plus de 36 mois au total&#xa0;: il doit se terminer au plus tard le %3.</translation>
    </message>
    <message>
        <source>The CAPE&apos;s start date, %1, is not its first period&apos;s start, %2.</source>
        <translation>La date de début du CAPE, %1, n&apos;est pas celle de sa première période, %2.</translation>
    </message>
    <message>
        <source>A CAPE has no pay terms: they belong to a CESA, which is an employment contract.</source>
        <translation>Un CAPE n&apos;a pas de conditions de rémunération&#xa0;: elles relèvent d&apos;un CESA, qui est un contrat de travail.</translation>
    </message>
    <message>
        <source>A person becomes an associate under a CESA, not under a CAPE (associate date %1).</source>
        <translation>On devient associé dans le cadre d&apos;un CESA, pas d&apos;un CAPE (date d&apos;entrée au sociétariat&#xa0;: %1).</translation>
    </message>
    <message>
        <source>A CAPE holds no associate shares (%1 recorded).</source>
        <translation>Un CAPE ne comporte pas de parts sociales (%1 enregistrées).</translation>
    </message>
    <message>
        <source>The exit date %1 is after the CAPE&apos;s end, %2.</source>
        <translation>La date de sortie %1 est postérieure à la fin du CAPE, %2.</translation>
    </message>
    <message>
        <source>The fixed monthly part of terms %1 cannot be negative (%2).</source>
        <translation>La part fixe mensuelle des conditions n° %1 ne peut pas être négative (%2).</translation>
    </message>
    <message>
        <source>The variable rate of terms %1, %2 %, is not between 0 % and 100 %.</source>
        <translation>Le taux de la part variable des conditions n° %1, %2 %, n&apos;est pas compris entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>The monthly hours of terms %1 must be above 0, not %2.</source>
        <translation>Les heures mensuelles des conditions n° %1 doivent être supérieures à 0, et non %2.</translation>
    </message>
    <message>
        <source>The equivalent hours of terms %1, %2 a month, exceed full time (151.67).</source>
        <translation>Les heures équivalentes des conditions n° %1, %2 par mois, dépassent le temps plein (151,67).</translation>
    </message>
    <message>
        <source>The monthly hours of terms %1, %2, exceed the legal maximum of 48 h a week (208 a month).</source>
        <translation>Les heures mensuelles des conditions n° %1, %2, dépassent le maximum légal de 48 h par semaine (208 par mois).</translation>
    </message>
    <message>
        <source>A CESA has no CAPE periods: record the CAPE as a contract of its own.</source>
        <translation>Un CESA n&apos;a pas de périodes de CAPE&#xa0;: enregistrez le CAPE comme un contrat distinct.</translation>
    </message>
    <message>
        <source>A CESA needs its initial terms: fixed part, variable rate and hours (L7331-2).</source>
        <translation>Un CESA doit comporter ses conditions initiales&#xa0;: part fixe, taux de part variable et heures (L7331-2).</translation>
    </message>
    <message>
        <source>Terms %1 have no effective date.</source>
        <translation>Les conditions n° %1 n&apos;ont pas de date d&apos;effet.</translation>
    </message>
    <message>
        <source>The initial terms take effect on %1, not on the CESA&apos;s start, %2.</source>
        <translation>Les conditions initiales prennent effet le %1, et non au début du CESA, le %2.</translation>
    </message>
    <message>
        <source>Amendment %1 takes effect on %2, which is not after the previous terms (%3).</source>
        <translation>L&apos;avenant %1 prend effet le %2, date qui n&apos;est pas postérieure aux conditions précédentes (%3).</translation>
    </message>
    <message>
        <source>Terms %1 take effect on %2, after the exit on %3.</source>
        <translation>Les conditions n° %1 prennent effet le %2, après la sortie du %3.</translation>
    </message>
    <message>
        <source>The associate date %1 is before the CESA&apos;s start, %2.</source>
        <translation>La date d&apos;entrée au sociétariat %1 est antérieure au début du CESA, le %2.</translation>
    </message>
    <message>
        <source>The associate date %1 is after the exit on %2.</source>
        <translation>La date d&apos;entrée au sociétariat %1 est postérieure à la sortie du %2.</translation>
    </message>
    <message>
        <source>An associate holds at least one share, not %1.</source>
        <translation>Un associé détient au moins une part sociale, et non %1.</translation>
    </message>
    <message>
        <source>%1 shares are recorded but no associate date.</source>
        <translation>%1 parts sociales sont enregistrées, mais aucune date d&apos;entrée au sociétariat.</translation>
    </message>
    <message>
        <source>“%1” is not a %2; expected one of: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un %2 valide&#xa0;; valeurs possibles&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The contract must name its entrepreneur.</source>
        <translation>Le contrat doit indiquer son entrepreneur.</translation>
    </message>
    <message>
        <source>The contract has no start date.</source>
        <translation>Le contrat n&apos;a pas de date de début.</translation>
    </message>
    <message>
        <source>The contract is signed on %1, after its start on %2.</source>
        <translation>Le contrat est signé le %1, après son début le %2.</translation>
    </message>
    <message>
        <source>The exit on %1 needs a reason.</source>
        <translation>La sortie du %1 doit avoir un motif.</translation>
    </message>
    <message>
        <source>The exit date %1 is before the contract&apos;s start, %2.</source>
        <translation>La date de sortie %1 est antérieure au début du contrat, le %2.</translation>
    </message>
    <message>
        <source>An exit reason (%1) is recorded without an exit date.</source>
        <translation>Un motif de sortie (%1) est enregistré sans date de sortie.</translation>
    </message>
    <message>
        <source>contract type</source>
        <translation>type de contrat</translation>
    </message>
    <message>
        <source>reason for leaving</source>
        <translation>motif de sortie</translation>
    </message>
    <message>
        <source>contract status</source>
        <translation>statut de contrat</translation>
    </message>
    <message>
        <source>“%1” must be stored in its canonical form, “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» doit être enregistré sous sa forme normalisée, «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The %1 of %2 % is not between 0 % and 100 %.</source>
        <translation>Le pourcentage %2 % indiqué pour %1 n&apos;est pas compris entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>The cooperative&apos;s name is required.</source>
        <translation>Le nom de la coopérative est obligatoire.</translation>
    </message>
    <message>
        <source>The share capital cannot be negative (%1).</source>
        <translation>Le capital social ne peut pas être négatif (%1).</translation>
    </message>
    <message>
        <source>The cooperative&apos;s SIREN is required: it is printed on every invoice.</source>
        <translation>Le SIREN de la coopérative est obligatoire&#xa0;: il figure sur chaque facture.</translation>
    </message>
    <message>
        <source>The SIRET %1 does not start with the SIREN %2.</source>
        <translation>Le SIRET %1 ne commence pas par le SIREN %2.</translation>
    </message>
    <message>
        <source>The VAT number %1 does not match the SIREN %2, whose VAT number is %3.</source>
        <translation>Le numéro de TVA %1 ne correspond pas au SIREN %2, dont le numéro de TVA est %3.</translation>
    </message>
    <message>
        <source>The headcount cannot be negative (%1).</source>
        <translation>L&apos;effectif ne peut pas être négatif (%1).</translation>
    </message>
    <message>
        <source>AT/MP rate</source>
        <translation>le taux AT/MP</translation>
    </message>
    <message>
        <source>versement mobilité rate</source>
        <translation>le taux du versement mobilité</translation>
    </message>
    <message>
        <source>The mutuelle&apos;s monthly amount cannot be negative (%1).</source>
        <translation>Le montant mensuel de la mutuelle ne peut pas être négatif (%1).</translation>
    </message>
    <message>
        <source>employer&apos;s share of the mutuelle</source>
        <translation>la part patronale de la mutuelle</translation>
    </message>
    <message>
        <source>The fiscal year must start in a month from 1 to 12, not %1.</source>
        <translation>Le mois de début de l&apos;exercice doit être compris entre 1 et 12, et non %1.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>the file is not in UTF-8 (save it as &quot;CSV UTF-8&quot;).</source>
        <translation>le fichier n&apos;est pas en UTF-8 (enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;»).</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one (quote the field and double the quote: &quot;&quot;).</source>
        <translation>un guillemet dans un champ qui ne commence pas par un guillemet (mettez le champ entre guillemets et doublez le guillemet&#xa0;: &quot;&quot;).</translation>
    </message>
    <message>
        <source>text after the closing quote of a field.</source>
        <translation>du texte après le guillemet fermant d&apos;un champ.</translation>
    </message>
    <message>
        <source>a quoted field is never closed.</source>
        <translation>un champ entre guillemets n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>the file is empty: a header line is expected.</source>
        <translation>le fichier est vide&#xa0;: une ligne d&apos;en-tête est attendue.</translation>
    </message>
    <message>
        <source>The social security number %1 says born in “%2”, but the birth date %3 is in %4.</source>
        <translation>Le numéro de sécurité sociale %1 indique une naissance en «&#xa0;%2&#xa0;», mais la date de naissance %3 est en %4.</translation>
    </message>
    <message>
        <source>The social security number %1 says born in month %2, but the birth date is %3.</source>
        <translation>Le numéro de sécurité sociale %1 indique une naissance au mois %2, mais la date de naissance est le %3.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>Le prénom est obligatoire.</translation>
    </message>
    <message>
        <source>The last name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>The birth date is required.</source>
        <translation>La date de naissance est obligatoire.</translation>
    </message>
    <message>
        <source>The birth date %1 is not plausible: the person would be under 16 or over 100 years old on %2.</source>
        <translation>La date de naissance %1 n&apos;est pas plausible&#xa0;: la personne aurait moins de 16 ans ou plus de 100 ans le %2.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address such as name@example.fr.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique du type nom@exemple.fr.</translation>
    </message>
    <message>
        <source>Interview %1 has no date.</source>
        <translation>L&apos;entretien %1 n&apos;a pas de date.</translation>
    </message>
    <message>
        <source>Interview %1 is dated %2, after today (%3): only interviews that took place are recorded.</source>
        <translation>L&apos;entretien %1 est daté du %2, après aujourd&apos;hui (%3)&#xa0;: seuls les entretiens qui ont eu lieu sont enregistrés.</translation>
    </message>
    <message>
        <source>“%1” is not a prior status; expected one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une situation antérieure&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of interview; expected one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;entretien&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>required.</source>
        <translation>obligatoire.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la AAAA-MM-JJ ou JJ/MM/AAAA.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros: write it 1234,56 or 1234.56.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant en euros&#xa0;: écrivez-le 1234,56 ou 1234.56.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage: write it 5,5 or 5.5.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pourcentage&#xa0;: écrivez-le 5,5 ou 5.5.</translation>
    </message>
    <message>
        <source>“%1” is not a number of hours: write it 151,67 or 151.67 (3 decimals at most).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre d&apos;heures&#xa0;: écrivez-le 151,67 ou 151.67 (3 décimales au plus).</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” is not a prior status: use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une situation antérieure&#xa0;: utilisez l&apos;une des valeurs %2.</translation>
    </message>
    <message>
        <source>no activity has the analytic code “%1” in the store (create it first).</source>
        <translation>aucune activité n&apos;a le code analytique «&#xa0;%1&#xa0;» dans le dossier (créez-la d&apos;abord).</translation>
    </message>
    <message>
        <source>“%1” is not a contract type: use %2, or leave it empty for a person without a contract yet.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de contrat&#xa0;: utilisez %2, ou laissez vide pour une personne encore sans contrat.</translation>
    </message>
    <message>
        <source>give the contract type (cape or cesa): the line describes a contract (%1).</source>
        <translation>indiquez le type de contrat (cape ou cesa)&#xa0;: la ligne décrit un contrat (%1).</translation>
    </message>
    <message>
        <source>a second renewal needs a first one (cape_renewal_1_end).</source>
        <translation>un second renouvellement suppose un premier (cape_renewal_1_end).</translation>
    </message>
    <message>
        <source>“%1” is not an exit reason: use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un motif de sortie&#xa0;: utilisez l&apos;une des valeurs %2.</translation>
    </message>
    <message>
        <source>only a CESA has this; the line&apos;s contract is a CAPE.</source>
        <translation>seul un CESA comporte cette information&#xa0;; le contrat de la ligne est un CAPE.</translation>
    </message>
    <message>
        <source>the CESA starts on %1, while the CAPE before it runs until %2.</source>
        <translation>le CESA commence le %1, alors que le CAPE qui le précède court jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>the same NIR as line %1.</source>
        <translation>le même NIR qu&apos;à la ligne %1.</translation>
    </message>
    <message>
        <source>%1 already has this NIR in the store.</source>
        <translation>%1 a déjà ce NIR dans le dossier.</translation>
    </message>
    <message>
        <source>the same person (name and birth date) as line %1.</source>
        <translation>la même personne (nom et date de naissance) qu&apos;à la ligne %1.</translation>
    </message>
    <message>
        <source>%1, born on %2, is already in the store.</source>
        <translation>%1 (date de naissance&#xa0;: %2) figure déjà dans le dossier.</translation>
    </message>
    <message>
        <source>unknown column (the columns are described in docs/csv-format.md).</source>
        <translation>colonne inconnue (les colonnes sont décrites dans docs/csv-format.md).</translation>
    </message>
    <message>
        <source>this column appears twice.</source>
        <translation>cette colonne figure deux fois.</translation>
    </message>
    <message>
        <source>this column is required.</source>
        <translation>cette colonne est obligatoire.</translation>
    </message>
    <message>
        <source>the line has %1 fields where the header has %2 (a separator too many or missing, or a quote not closed?).</source>
        <translation>la ligne compte %1 champs alors que l&apos;en-tête en compte %2 (un séparateur en trop ou manquant, ou un guillemet non fermé&#xa0;?).</translation>
    </message>
    <message>
        <source>No %1 was given.</source>
        <translation>Aucun %1 n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>“%1” is not a %2: “%3” is not a digit.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas un chiffre.</translation>
    </message>
    <message>
        <source>“%1” is not a %2: it has %3 digits instead of %4.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un %2&#xa0;: il comporte %3 chiffres au lieu de %4.</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>“%1” is not a valid SIREN: its check digit is wrong (a mistyped digit?).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un SIREN valide&#xa0;: sa clé de contrôle est fausse (un chiffre mal saisi&#xa0;?).</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>“%1” is not a valid SIRET: its first nine digits are not a valid SIREN.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un SIRET valide&#xa0;: ses neuf premiers chiffres ne forment pas un SIREN valide.</translation>
    </message>
    <message>
        <source>“%1” is not a valid SIRET: its check digit is wrong (a mistyped digit?).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un SIRET valide&#xa0;: sa clé de contrôle est fausse (un chiffre mal saisi&#xa0;?).</translation>
    </message>
    <message>
        <source>“%1” is not an intra-EU VAT number: it must start with the two-letter code of a member state, such as FR.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de TVA intracommunautaire&#xa0;: il doit commencer par le code à deux lettres d&apos;un État membre, par exemple FR.</translation>
    </message>
    <message>
        <source>“%1” is not an intra-EU VAT number: “%2” is not the code of an EU member state (Greece is EL).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de TVA intracommunautaire&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas le code d&apos;un État membre de l&apos;UE (la Grèce est EL).</translation>
    </message>
    <message>
        <source>“%1” is not a French VAT number: expected FR, a two-digit key and the nine digits of the SIREN.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de TVA français&#xa0;: attendu FR, une clé à deux chiffres et les neuf chiffres du SIREN.</translation>
    </message>
    <message>
        <source>“%1” is not a valid French VAT number: “%2” is not a valid SIREN.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de TVA français valide&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un SIREN valide.</translation>
    </message>
    <message>
        <source>“%1” is not a valid French VAT number: the key for SIREN %2 is %3, not %4.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de TVA français valide&#xa0;: la clé du SIREN %2 est %3, et non %4.</translation>
    </message>
    <message>
        <source>“%1” is not an intra-EU VAT number: after the country code, expected 2 to 13 letters or digits.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de TVA intracommunautaire&#xa0;: après le code pays, 2 à 13 lettres ou chiffres sont attendus.</translation>
    </message>
    <message>
        <source>social security number (NIR)</source>
        <translation>numéro de sécurité sociale (NIR)</translation>
    </message>
    <message>
        <source>“%1” is not a %2: it has %3 characters instead of 15 (13 and the 2-digit key).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un %2&#xa0;: il comporte %3 caractères au lieu de 15 (13 plus la clé à 2 chiffres).</translation>
    </message>
    <message>
        <source>“%1” is not a %2: “%3” is not a digit (only Corsica&apos;s 2A and 2B hold a letter, in the department).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas un chiffre (seuls les départements de Corse, 2A et 2B, comportent une lettre).</translation>
    </message>
    <message>
        <source>“%1” is not a %2: it starts with %3, where 1 or 2 (or 3, 4, 7, 8 for a temporary number) is expected.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un %2&#xa0;: il commence par %3, alors que 1 ou 2 (ou 3, 4, 7, 8 pour un numéro provisoire) est attendu.</translation>
    </message>
    <message>
        <source>“%1” is not a %2: “%3” is not a month of birth (01 to 12, or 20, 30-42, 50-99 when unknown).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas un mois de naissance (01 à 12, ou 20, 30-42, 50-99 s&apos;il est inconnu).</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2: its key should be %3, not %4 (a mistyped digit?).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un %2 valide&#xa0;: sa clé devrait être %3, et non %4 (un chiffre mal saisi&#xa0;?).</translation>
    </message>
    <message>
        <source>“%1” is not an IBAN: it must start with a two-letter country code and two check digits, such as FR76.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un IBAN&#xa0;: il doit commencer par un code pays à deux lettres et deux chiffres de contrôle, par exemple FR76.</translation>
    </message>
    <message>
        <source>“%1” is not an IBAN: “%2” is neither a letter nor a digit.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un IBAN&#xa0;: «&#xa0;%2&#xa0;» n&apos;est ni une lettre ni un chiffre.</translation>
    </message>
    <message>
        <source>“%1”: IBANs of country %2 are not supported (only the EU, the EEA, Switzerland and the United Kingdom).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les IBAN du pays %2 ne sont pas pris en charge (seulement l&apos;UE, l&apos;EEE, la Suisse et le Royaume-Uni).</translation>
    </message>
    <message>
        <source>“%1” is not an IBAN of country %2: it has %3 characters instead of %4.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un IBAN du pays %2&#xa0;: il comporte %3 caractères au lieu de %4.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IBAN: its check digits do not match (a mistyped character?).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un IBAN valide&#xa0;: ses chiffres de contrôle ne correspondent pas (un caractère mal saisi&#xa0;?).</translation>
    </message>
    <message>
        <source>“%1” is not a BIC: expected 8 or 11 characters, six letters (bank and country) then letters or digits, such as BNPAFRPPXXX.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un BIC&#xa0;: attendu 8 ou 11 caractères, six lettres (banque et pays) puis des lettres ou des chiffres, par exemple BNPAFRPPXXX.</translation>
    </message>
    <message>
        <source>“%1” is not a NAF code: expected four digits and a letter, such as 62.01Z.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code NAF&#xa0;: attendu quatre chiffres et une lettre, par exemple 62.01Z.</translation>
    </message>
    <message>
        <source>Cannot read the store.</source>
        <translation>Impossible de lire le dossier.</translation>
    </message>
    <message>
        <source>A demo needs at least one entrepreneur, one year and a valid date.</source>
        <translation>Une démonstration demande au moins un entrepreneur, une année et une date valide.</translation>
    </message>
    <message numerus="yes">
        <source>The store already has %n entrepreneur(s); demo data goes into an empty store only.</source>
        <translation>
            <numerusform>Le dossier compte déjà %n entrepreneur&#xa0;; les données de démonstration ne vont que dans un dossier vide.</numerusform>
            <numerusform>Le dossier compte déjà %n entrepreneurs&#xa0;; les données de démonstration ne vont que dans un dossier vide.</numerusform>
        </translation>
    </message>
    <message>
        <source>demo cooperative</source>
        <translation>coopérative de démonstration</translation>
    </message>
    <message>
        <source>demo activity %1</source>
        <translation>activité de démonstration %1</translation>
    </message>
    <message>
        <source>demo entrepreneur %1</source>
        <translation>entrepreneur de démonstration %1</translation>
    </message>
    <message>
        <source>demo contract %1</source>
        <translation>contrat de démonstration %1</translation>
    </message>
    <message>
        <source>Cannot read the store:</source>
        <translation>Impossible de lire le dossier&#xa0;:</translation>
    </message>
    <message>
        <source>The analytic code %1 is already used by the activity &quot;%2&quot;.</source>
        <translation>Le code analytique %1 est déjà utilisé par l&apos;activité «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 %2 already has this NIR.</source>
        <translation>%1 %2 a déjà ce NIR.</translation>
    </message>
    <message>
        <source>The activity &quot;%1&quot; does not exist.</source>
        <translation>L&apos;activité «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The entrepreneur &quot;%1&quot; does not exist.</source>
        <translation>L&apos;entrepreneur «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The contract &quot;%1&quot; does not exist.</source>
        <translation>Le contrat «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 % is not a percentage between 0 and 100.</source>
        <translation>%1&#xa0;% n&apos;est pas un pourcentage compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>The invoice amounts are too large.</source>
        <translation>Les montants de la facture sont trop grands.</translation>
    </message>
    <message>
        <source>A line at 0 % VAT needs the legal reference of its exemption.</source>
        <translation>Une ligne à 0&#xa0;% de TVA doit indiquer la référence légale de son exonération.</translation>
    </message>
    <message>
        <source>“}” at column %1 closes no placeholder.</source>
        <translation>«&#xa0;}&#xa0;» en colonne %1 ne ferme aucun champ.</translation>
    </message>
    <message>
        <source>The character “%1” at column %2 cannot appear in a number: use letters, digits, - _ / . or spaces.</source>
        <translation>Le caractère «&#xa0;%1&#xa0;» en colonne %2 ne peut pas figurer dans un numéro&#xa0;: utilisez des lettres, des chiffres, - _ / . ou des espaces.</translation>
    </message>
    <message>
        <source>The placeholder opened at column %1 is not closed.</source>
        <translation>Le champ ouvert en colonne %1 n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1 at column %2.</source>
        <translation>Champ inconnu %1 en colonne %2.</translation>
    </message>
    <message>
        <source>Only sequence placeholders take a padding width: %1 at column %2.</source>
        <translation>Seuls les champs de séquence acceptent une largeur de remplissage&#xa0;: %1 en colonne %2.</translation>
    </message>
    <message>
        <source>The padding width in %1 at column %2 must be a number from 1 to %3.</source>
        <translation>La largeur de remplissage de %1 en colonne %2 doit être un nombre de 1 à %3.</translation>
    </message>
    <message>
        <source>Two sequence placeholders, at columns %1 and %2: a number draws from one counter only.</source>
        <translation>Deux champs de séquence, en colonnes %1 et %2&#xa0;: un numéro ne tire que d&apos;un seul compteur.</translation>
    </message>
    <message>
        <source>The template has no sequence placeholder ({SEQGLOBAL}, {SEQYEAR}, {SEQMONTH} or {SEQMONTHANA}): numbers would repeat.</source>
        <translation>Le modèle n&apos;a aucun champ de séquence ({SEQGLOBAL}, {SEQYEAR}, {SEQMONTH} ou {SEQMONTHANA})&#xa0;: les numéros se répéteraient.</translation>
    </message>
    <message>
        <source>The document has no valid date.</source>
        <translation>Le document n&apos;a pas de date valide.</translation>
    </message>
    <message>
        <source>The document is dated %1, before %2, the date of the last validated document of its series: dates must not go backwards within a series.</source>
        <translation>Le document est daté du %1, avant le %2, date du dernier document validé de sa série&#xa0;: les dates ne doivent pas reculer au sein d&apos;une série.</translation>
    </message>
    <message>
        <source>Sequence value %1 is issued twice: %2 and %3.</source>
        <translation>Le numéro de séquence %1 est attribué deux fois&#xa0;: %2 et %3.</translation>
    </message>
    <message>
        <source>Sequence value %1 is missing before %2.</source>
        <translation>Le numéro de séquence %1 manque avant %2.</translation>
    </message>
    <message>
        <source>Sequence values %1 to %2 are missing before %3.</source>
        <translation>Les numéros de séquence %1 à %2 manquent avant %3.</translation>
    </message>
    <message>
        <source>%1 is dated %2, before %3 dated %4: dates must not go backwards within a series.</source>
        <translation>%1 est daté du %2, avant %3 daté du %4&#xa0;: les dates ne doivent pas reculer au sein d&apos;une série.</translation>
    </message>
    <message>
        <source>The number %1 is issued twice, with sequence values %2 and %3.</source>
        <translation>Le numéro %1 est attribué deux fois, avec les numéros de séquence %2 et %3.</translation>
    </message>
    <message>
        <source>invoice list: all, draft, waiting, partly_paid, paid, unpaid or overdue.</source>
        <translation>invoice list&#xa0;: all, draft, waiting, partly_paid, paid, unpaid ou overdue.</translation>
    </message>
    <message>
        <source>invoice list: at most N documents.</source>
        <translation>invoice list&#xa0;: au plus N documents.</translation>
    </message>
    <message>
        <source>invoice pay: the amount paid, e.g. 1234.56.</source>
        <translation>invoice pay&#xa0;: le montant payé, par exemple 1234.56.</translation>
    </message>
    <message>
        <source>invoice pay: transfer (default), cheque, card or cash.</source>
        <translation>invoice pay&#xa0;: transfer (par défaut), cheque, card ou cash.</translation>
    </message>
    <message>
        <source>invoice pay: the cheque number or transfer label.</source>
        <translation>invoice pay&#xa0;: le numéro du chèque ou le libellé du virement.</translation>
    </message>
    <message>
        <source>%1 customers, %2 catalogue items, %3 quotes, %4 invoices, %5 credit notes (%6 left as drafts), %7 payments</source>
        <translation>%1 clients, %2 articles de catalogue, %3 devis, %4 factures, %5 avoirs (%6 laissés en brouillon), %7 règlements</translation>
    </message>
    <message>
        <source>--status takes all, draft, waiting, partly_paid, paid, unpaid or overdue, not &quot;%1&quot;.</source>
        <translation>--status accepte all, draft, waiting, partly_paid, paid, unpaid ou overdue, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No invoice or credit note has the id or number &quot;%1&quot;.</source>
        <translation>Aucune facture ni aucun avoir n&apos;a l&apos;identifiant ou le numéro «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s) late)</source>
        <translation>
            <numerusform> (%n jour de retard)</numerusform>
            <numerusform> (%n jours de retard)</numerusform>
        </translation>
    </message>
    <message>
        <source>A draft is not an invoice yet: validate it before making its e-invoice.</source>
        <translation>Un brouillon n&apos;est pas encore une facture&#xa0;: validez-le avant d&apos;en produire la facture électronique.</translation>
    </message>
    <message>
        <source>%1 written (%2 bytes).</source>
        <translation>%1 écrit (%2 octets).</translation>
    </message>
    <message>
        <source>--amount: %1</source>
        <translation>--amount&#xa0;: %1</translation>
    </message>
    <message>
        <source>--mode takes transfer, cheque, card or cash, not &quot;%1&quot;.</source>
        <translation>--mode accepte transfer, cheque, card ou cash, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Payment of %1 recorded on %2; %3 left to pay.</source>
        <translation>Règlement de %1 enregistré le %2&#xa0;; reste à payer&#xa0;: %3.</translation>
    </message>
    <message>
        <source>invoice takes an action: list, validate, pdf, facturx, cii, pay or credit.</source>
        <translation>invoice attend une action&#xa0;: list, validate, pdf, facturx, cii, pay ou credit.</translation>
    </message>
    <message>
        <source>invoice list takes no other word.</source>
        <translation>invoice list n&apos;attend aucun autre mot.</translation>
    </message>
    <message>
        <source>invoice %1 takes one invoice: its id or its number.</source>
        <translation>invoice %1 attend une seule facture&#xa0;: son identifiant ou son numéro.</translation>
    </message>
    <message>
        <source>unknown invoice action &quot;%1&quot;.</source>
        <translation>action d&apos;invoice inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>verify takes no other word.</source>
        <translation>verify n&apos;attend aucun autre mot.</translation>
    </message>
    <message>
        <source>ok: %1 documents, %2 payments, %3 links of the chain checked.</source>
        <translation>ok&#xa0;: %1 documents, %2 règlements, %3 maillons de la chaîne vérifiés.</translation>
    </message>
    <message>
        <source>Only a validated document can be exported as an e-invoice.</source>
        <translation>Seul un document validé peut être exporté en facture électronique.</translation>
    </message>
    <message>
        <source>The e-invoice could not be written.</source>
        <translation>La facture électronique n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of customer; expected one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de client&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is required.</source>
        <translation>Le nom du client est obligatoire.</translation>
    </message>
    <message>
        <source>The customer&apos;s last name is required.</source>
        <translation>Le nom de famille du client est obligatoire.</translation>
    </message>
    <message>
        <source>The billing address needs a postcode.</source>
        <translation>L&apos;adresse de facturation doit comporter un code postal.</translation>
    </message>
    <message>
        <source>The billing address needs a city.</source>
        <translation>L&apos;adresse de facturation doit comporter une ville.</translation>
    </message>
    <message>
        <source>“%1” is not a country code of two capital letters such as FR.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code pays de deux lettres majuscules comme FR.</translation>
    </message>
    <message>
        <source>A French company customer needs its SIREN: invoices must print it.</source>
        <translation>Un client entreprise française doit avoir son SIREN&#xa0;: les factures doivent le mentionner.</translation>
    </message>
    <message>
        <source>Payment terms must be from 0 to %1 days, not %2.</source>
        <translation>Les conditions de paiement doivent être comprises entre 0 et %1 jours, et non %2.</translation>
    </message>
    <message>
        <source>The customer account “%1” must be 411 followed by up to 9 capital letters or digits, such as 411DUPONT.</source>
        <translation>Le compte client «&#xa0;%1&#xa0;» doit être 411 suivi d&apos;au plus 9 lettres majuscules ou chiffres, par exemple 411DUPONT.</translation>
    </message>
    <message>
        <source>The designation is required.</source>
        <translation>La désignation est obligatoire.</translation>
    </message>
    <message>
        <source>“%1” is not a known unit; expected one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une unité connue&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A catalogue price cannot be negative (%1).</source>
        <translation>Un prix de catalogue ne peut pas être négatif (%1).</translation>
    </message>
    <message>
        <source>%1 % is not a French VAT rate (20, 10, 5.5, 2.1 or 0 %).</source>
        <translation>%1&#xa0;% n&apos;est pas un taux de TVA français (20&#xa0;%, 10&#xa0;%, 5,5&#xa0;%, 2,1&#xa0;% ou 0&#xa0;%).</translation>
    </message>
    <message>
        <source>An item at 0 % VAT needs the legal reference of its exemption.</source>
        <translation>Un article à 0&#xa0;% de TVA doit indiquer la référence légale de son exonération.</translation>
    </message>
    <message>
        <source>The revenue account “%1” must be 70 followed by digits, such as 706000.</source>
        <translation>Le compte de produits «&#xa0;%1&#xa0;» doit être 70 suivi de chiffres, par exemple 706000.</translation>
    </message>
    <message>
        <source>The deduction at %1 % VAT matches no line of the invoice at that rate.</source>
        <translation>La déduction à %1&#xa0;% de TVA ne correspond à aucune ligne de la facture à ce taux.</translation>
    </message>
    <message>
        <source>a text is expected</source>
        <translation>un texte est attendu</translation>
    </message>
    <message>
        <source>true or false is expected</source>
        <translation>true ou false est attendu</translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation>un nombre entier est attendu</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2026-03-31</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date comme 2026-03-31</translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation>une liste est attendue</translation>
    </message>
    <message>
        <source>“%1” is not a kind of document; expected one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de document&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an invoice role; expected one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un rôle de facture&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a document status; expected one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut de document&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a nature of operation; expected one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une nature d&apos;opération&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a payment mode; expected one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un mode de paiement&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a quote status; expected one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut de devis&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Line %1 has no designation.</source>
        <translation>La ligne %1 n&apos;a pas de désignation.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a known unit.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une unité connue.</translation>
    </message>
    <message>
        <source>Line %1: %2 % is not a French VAT rate (20, 10, 5.5, 2.1 or 0 %).</source>
        <translation>Ligne %1&#xa0;: %2&#xa0;% n&apos;est pas un taux de TVA français (20&#xa0;%, 10&#xa0;%, 5,5&#xa0;%, 2,1&#xa0;% ou 0&#xa0;%).</translation>
    </message>
    <message>
        <source>Line %1 is at 0 % VAT: it needs the legal reference of its exemption.</source>
        <translation>La ligne %1 est à 0&#xa0;% de TVA&#xa0;: elle doit indiquer la référence légale de son exonération.</translation>
    </message>
    <message>
        <source>Line %1: a discount of %2 % is not between 0 and 100 %.</source>
        <translation>Ligne %1&#xa0;: une remise de %2&#xa0;% n&apos;est pas comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>A discount of %1 % is not between 0 and 100 %.</source>
        <translation>Une remise de %1&#xa0;% n&apos;est pas comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The address of %1 is incomplete: street, postcode and city are printed on the document.</source>
        <translation>L&apos;adresse de %1 est incomplète&#xa0;: la rue, le code postal et la ville figurent sur le document.</translation>
    </message>
    <message>
        <source>the cooperative</source>
        <translation>la coopérative</translation>
    </message>
    <message>
        <source>The cooperative&apos;s name is required on every invoice.</source>
        <translation>Le nom de la coopérative est obligatoire sur toute facture.</translation>
    </message>
    <message>
        <source>The cooperative&apos;s SIREN is required on every invoice.</source>
        <translation>Le SIREN de la coopérative est obligatoire sur toute facture.</translation>
    </message>
    <message>
        <source>The cooperative&apos;s VAT number is required on every invoice.</source>
        <translation>Le numéro de TVA de la coopérative est obligatoire sur toute facture.</translation>
    </message>
    <message>
        <source>The cooperative&apos;s legal form is required on every invoice.</source>
        <translation>La forme juridique de la coopérative est obligatoire sur toute facture.</translation>
    </message>
    <message>
        <source>The cooperative&apos;s RCS registration (“RCS Lyon”) is required on every invoice.</source>
        <translation>L&apos;immatriculation au RCS de la coopérative («&#xa0;RCS Lyon&#xa0;») est obligatoire sur toute facture.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is required on the document.</source>
        <translation>Le nom du client est obligatoire sur le document.</translation>
    </message>
    <message>
        <source>The customer&apos;s billing address needs a postcode and a city.</source>
        <translation>L&apos;adresse de facturation du client doit comporter un code postal et une ville.</translation>
    </message>
    <message>
        <source>The SIREN of a French company customer is required on the invoice.</source>
        <translation>Le SIREN d&apos;un client entreprise française est obligatoire sur la facture.</translation>
    </message>
    <message>
        <source>The service ends on %1, before it starts on %2.</source>
        <translation>La prestation se termine le %1, avant son début le %2.</translation>
    </message>
    <message>
        <source>The due date %1 is before the document&apos;s date %2.</source>
        <translation>La date d&apos;échéance %1 est antérieure à la date du document, %2.</translation>
    </message>
    <message>
        <source>The late-payment penalty rate cannot be negative.</source>
        <translation>Le taux des pénalités de retard ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A document needs at least one line.</source>
        <translation>Un document doit comporter au moins une ligne.</translation>
    </message>
    <message>
        <source>An invoice whose total is zero cannot be issued.</source>
        <translation>Une facture dont le total est nul ne peut pas être émise.</translation>
    </message>
    <message>
        <source>An invoice needs a due date.</source>
        <translation>Une facture doit avoir une date d&apos;échéance.</translation>
    </message>
    <message>
        <source>A credit note must refer to the invoice it corrects.</source>
        <translation>Un avoir doit faire référence à la facture qu&apos;il corrige.</translation>
    </message>
    <message>
        <source>A credit note must print the number of the invoice it corrects.</source>
        <translation>Un avoir doit mentionner le numéro de la facture qu&apos;il corrige.</translation>
    </message>
    <message>
        <source>A credit note must print the date of the invoice it corrects.</source>
        <translation>Un avoir doit mentionner la date de la facture qu&apos;il corrige.</translation>
    </message>
    <message>
        <source>The quote is valid until %1, before its date %2.</source>
        <translation>Le devis est valable jusqu&apos;au %1, avant sa date, le %2.</translation>
    </message>
    <message>
        <source>A deposit of %1 % is not between 0 and 100 %.</source>
        <translation>Un acompte de %1&#xa0;% n&apos;est pas compris entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>A signed quote needs its date of signature.</source>
        <translation>Un devis signé doit avoir sa date de signature.</translation>
    </message>
    <message>
        <source>Only a signed quote has a date of signature.</source>
        <translation>Seul un devis signé a une date de signature.</translation>
    </message>
    <message>
        <source>The quote %1 is not signed: only a signed quote can be invoiced.</source>
        <translation>Le devis %1 n&apos;est pas signé&#xa0;: seul un devis signé peut être facturé.</translation>
    </message>
    <message>
        <source>The quote already has its balance invoice %1: nothing is left to invoice.</source>
        <translation>Le devis a déjà sa facture de solde %1&#xa0;: il ne reste rien à facturer.</translation>
    </message>
    <message>
        <source>%1 % is not a share of the quote: it must be above 0 % and below 100 %.</source>
        <translation>%1&#xa0;% n&apos;est pas une part du devis&#xa0;: elle doit être supérieure à 0&#xa0;% et inférieure à 100&#xa0;%.</translation>
    </message>
    <message>
        <source>With this invoice, the invoices of the quote %1 would bill %2 excluding VAT at %3 %, more than the quote&apos;s %4.</source>
        <translation>Avec cette facture, les factures du devis %1 factureraient %2 HT à %3&#xa0;% de TVA, plus que les %4 du devis.</translation>
    </message>
    <message>
        <source>The balance of the quote %1 cannot be made: %2</source>
        <translation>La facture de solde du devis %1 ne peut pas être établie&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only a validated invoice can be credited.</source>
        <translation>Seule une facture validée peut faire l&apos;objet d&apos;un avoir.</translation>
    </message>
    <message>
        <source>The invoice %1 has no line at %2 % VAT: a credit note only reverses the rates of its invoice.</source>
        <translation>La facture %1 n&apos;a aucune ligne à %2&#xa0;% de TVA&#xa0;: un avoir ne reprend que les taux de sa facture.</translation>
    </message>
    <message>
        <source>The invoice has no amount at %1 % VAT: a credit note only reverses the rates of its invoice.</source>
        <translation>La facture n&apos;a aucun montant à %1&#xa0;% de TVA&#xa0;: un avoir ne reprend que les taux de sa facture.</translation>
    </message>
    <message>
        <source>At %1 % VAT the credit note reverses %2 excluding VAT and %3 of VAT, but the invoice only has %4 and %5 left to credit.</source>
        <translation>À %1&#xa0;% de TVA, l&apos;avoir annule %2 HT et %3 de TVA, mais il ne reste que %4 et %5 à créditer sur la facture.</translation>
    </message>
    <message>
        <source>The credit note of %1 including VAT exceeds the %2 left to credit on its invoice.</source>
        <translation>L&apos;avoir de %1 TTC dépasse les %2 restant à créditer sur sa facture.</translation>
    </message>
    <message>
        <source>A payment must be above zero, not %1.</source>
        <translation>Un règlement doit être supérieur à zéro, et non %1.</translation>
    </message>
    <message>
        <source>The payment of %1 is more than the %2 left to pay.</source>
        <translation>Le règlement de %1 dépasse les %2 restant à payer.</translation>
    </message>
    <message>
        <source>The payment of %1 cannot be split over the VAT rates of the invoice: nothing is left to pay on them.</source>
        <translation>Le règlement de %1 ne peut pas être réparti sur les taux de TVA de la facture&#xa0;: il ne reste rien à payer sur ces taux.</translation>
    </message>
    <message>
        <source>demo customer of %1</source>
        <translation>client de démonstration de %1</translation>
    </message>
    <message>
        <source>demo catalogue of %1</source>
        <translation>catalogue de démonstration de %1</translation>
    </message>
    <message>
        <source>demo quote</source>
        <translation>devis de démonstration</translation>
    </message>
    <message>
        <source>demo quote %1</source>
        <translation>devis de démonstration %1</translation>
    </message>
    <message>
        <source>demo credit note</source>
        <translation>avoir de démonstration</translation>
    </message>
    <message>
        <source>demo document of %1</source>
        <translation>document de démonstration du %1</translation>
    </message>
    <message>
        <source>demo draft</source>
        <translation>brouillon de démonstration</translation>
    </message>
    <message>
        <source>Cannot write to the store:</source>
        <translation>Impossible d&apos;écrire dans le dossier&#xa0;:</translation>
    </message>
    <message>
        <source>quote %1</source>
        <translation>devis %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>Brouillon d&apos;avoir</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Brouillon de facture</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>payment %1</source>
        <translation>règlement %1</translation>
    </message>
    <message>
        <source>The customer &quot;%1&quot; does not exist.</source>
        <translation>Le client «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The catalogue item &quot;%1&quot; does not exist.</source>
        <translation>L&apos;article de catalogue «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The quote &quot;%1&quot; does not exist.</source>
        <translation>Le devis «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A quote gives deposit, intermediate or balance invoices, not standard ones.</source>
        <translation>Un devis donne lieu à des factures d&apos;acompte, intermédiaires ou de solde, pas à des factures ordinaires.</translation>
    </message>
    <message>
        <source>Give the percentage of the quote to invoice.</source>
        <translation>Indiquez le pourcentage du devis à facturer.</translation>
    </message>
    <message>
        <source>%1 is validated: it cannot be changed, only credited.</source>
        <translation>%1&#xa0;: ce document est validé, il ne peut plus être modifié, seulement annulé par un avoir.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; does not exist.</source>
        <translation>Le document «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is validated: it cannot be deleted, only credited.</source>
        <translation>%1&#xa0;: ce document est validé, il ne peut pas être supprimé, seulement annulé par un avoir.</translation>
    </message>
    <message>
        <source>%1 is already validated.</source>
        <translation>%1&#xa0;: ce document est déjà validé.</translation>
    </message>
    <message>
        <source>A credit note corrects a validated invoice; &quot;%1&quot; is not one.</source>
        <translation>Un avoir corrige une facture validée&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>The invoice &quot;%1&quot; does not exist.</source>
        <translation>La facture «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A payment settles a validated document; %1 is a draft.</source>
        <translation>Un règlement solde un document validé&#xa0;; %1 est un brouillon.</translation>
    </message>
    <message>
        <source>A payment of %1 cannot be dated %2, before the document (%3).</source>
        <translation>Un règlement de %1 ne peut pas être daté du %2, avant le document (%3).</translation>
    </message>
    <message>
        <source>payment of %1</source>
        <translation>règlement de %1</translation>
    </message>
    <message>
        <source>Hash chain: link %1 follows link %2; the links in between are missing.</source>
        <translation>Chaîne d&apos;empreintes&#xa0;: le maillon %1 suit le maillon %2&#xa0;; les maillons intermédiaires manquent.</translation>
    </message>
    <message>
        <source>Hash chain: link %1 (%2) does not follow the previous link.</source>
        <translation>Chaîne d&apos;empreintes&#xa0;: le maillon %1 (%2) ne suit pas le maillon précédent.</translation>
    </message>
    <message>
        <source>Hash chain: link %1 (%2) does not match its own content.</source>
        <translation>Chaîne d&apos;empreintes&#xa0;: le maillon %1 (%2) ne correspond pas à son propre contenu.</translation>
    </message>
    <message>
        <source>Document %1 can no longer be read: %2</source>
        <translation>Le document %1 ne peut plus être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Document %1 (hash-chain link %2) has been removed.</source>
        <translation>Le document %1 (maillon %2 de la chaîne d&apos;empreintes) a été supprimé.</translation>
    </message>
    <message>
        <source>Document %1 was validated but is now marked as a draft.</source>
        <translation>Le document %1 a été validé mais est désormais marqué comme brouillon.</translation>
    </message>
    <message>
        <source>its number now reads %1</source>
        <translation>son numéro est désormais %1</translation>
    </message>
    <message>
        <source>its totals (%1 incl. VAT) no longer match its lines (%2)</source>
        <translation>ses totaux (%1 TTC) ne correspondent plus à ses lignes (%2)</translation>
    </message>
    <message>
        <source>its content (lines, amounts, dates or parties) changed</source>
        <translation>son contenu (lignes, montants, dates ou parties) a changé</translation>
    </message>
    <message>
        <source>%1 has been altered since it was issued: %2.</source>
        <translation>%1 a subi une modification depuis son émission&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The %1 can no longer be read: %2</source>
        <translation>Le %1 ne peut plus être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The %1 (hash-chain link %2) has been removed.</source>
        <translation>Le %1 (maillon %2 de la chaîne d&apos;empreintes) a été supprimé.</translation>
    </message>
    <message>
        <source>The %1 dated %2 has been altered since it was recorded (now %3).</source>
        <translation>Le %1 daté du %2 a été modifié depuis son enregistrement (désormais %3).</translation>
    </message>
    <message>
        <source>Credit note %1 is validated but was never recorded in the hash chain: it was inserted behind the application&apos;s back.</source>
        <translation>L&apos;avoir %1 est validé mais n&apos;a jamais été enregistré dans la chaîne d&apos;empreintes&#xa0;: il a été inséré à l&apos;insu de l&apos;application.</translation>
    </message>
    <message>
        <source>Invoice %1 is validated but was never recorded in the hash chain: it was inserted behind the application&apos;s back.</source>
        <translation>La facture %1 est validée mais n&apos;a jamais été enregistrée dans la chaîne d&apos;empreintes&#xa0;: elle a été insérée à l&apos;insu de l&apos;application.</translation>
    </message>
    <message>
        <source>A payment of %1 dated %2 on %3 was never recorded in the hash chain.</source>
        <translation>Un règlement de %1 daté du %2 sur %3 n&apos;a jamais été enregistré dans la chaîne d&apos;empreintes.</translation>
    </message>
    <message>
        <source>Series %1 (%2): %3</source>
        <translation>Série %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Series %1 (%2): numbers %3 to %4 were issued but no document carries them any more.</source>
        <translation>Série %1 (%2)&#xa0;: les numéros %3 à %4 ont été attribués mais plus aucun document ne les porte.</translation>
    </message>
    <message>
        <source>The e-invoice XML is empty.</source>
        <translation>Le XML de la facture électronique est vide.</translation>
    </message>
    <message>
        <source>The Factur-X PDF could not be made: %1</source>
        <translation>Le PDF Factur-X n&apos;a pas pu être produit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only a validated invoice or credit note has a Factur-X version.</source>
        <translation>Seule une facture ou un avoir validé a une version Factur-X.</translation>
    </message>
    <message>
        <source>Printing a document needs the graphical application object.</source>
        <translation>L&apos;impression d&apos;un document nécessite l&apos;objet application graphique.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Le PDF n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The preview resolution must be between 50 and 300 dpi.</source>
        <translation>La résolution de l&apos;aperçu doit être comprise entre 50 et 300 ppp.</translation>
    </message>
    <message>
        <source>Unknown key “%1”: a statement starts with valid_from, valid_until, source, line or a parameter name such as pss or smic_hourly.</source>
        <translation>Clé inconnue «&#xa0;%1&#xa0;»&#xa0;: une instruction commence par valid_from, valid_until, source, line ou un nom de paramètre tel que pss ou smic_hourly.</translation>
    </message>
    <message>
        <source>“%1” comes before the header: a payroll table starts with “valid_from YYYY-MM-DD”.</source>
        <translation>«&#xa0;%1&#xa0;» précède l&apos;en-tête&#xa0;: une table de paie commence par «&#xa0;valid_from AAAA-MM-JJ&#xa0;».</translation>
    </message>
    <message>
        <source>“source” needs a text: the rules&apos; origin, with its version or URL.</source>
        <translation>«&#xa0;source&#xa0;» doit être suivi d&apos;un texte&#xa0;: l&apos;origine des règles, avec sa version ou son URL.</translation>
    </message>
    <message>
        <source>“%1” is given twice (first on line %2).</source>
        <translation>«&#xa0;%1&#xa0;» est indiqué deux fois (première occurrence à la ligne %2).</translation>
    </message>
    <message>
        <source>“%1” takes exactly one value.</source>
        <translation>«&#xa0;%1&#xa0;» attend exactement une valeur.</translation>
    </message>
    <message>
        <source>“%1” is not a date: expected YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: format attendu AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“valid_from” is given twice (first on line %1): one file holds one period.</source>
        <translation>«&#xa0;valid_from&#xa0;» est indiqué deux fois (première occurrence à la ligne %1)&#xa0;: un fichier ne contient qu&apos;une seule période de validité.</translation>
    </message>
    <message>
        <source>“valid_from” takes exactly one date, YYYY-MM-DD.</source>
        <translation>«&#xa0;valid_from&#xa0;» attend exactement une date, au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“%1” is not an amount for “%2”: expected euros with at most two decimals, such as 4005.00.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant valide pour «&#xa0;%2&#xa0;»&#xa0;: attendu un montant en euros avec au plus deux décimales, par exemple 4005,00.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage between 0 and 100 for “%2” (write 98.25 for 98.25 %, without the sign).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pourcentage compris entre 0 et 100 pour «&#xa0;%2&#xa0;» (écrivez 98,25 pour 98,25&#xa0;%, sans le signe).</translation>
    </message>
    <message>
        <source>“%1” is not a positive number for “%2”: expected digits with at most eight decimals, such as 0.3781.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre positif pour «&#xa0;%2&#xa0;»&#xa0;: attendu des chiffres avec au plus huit décimales, par exemple 0,3781.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number for “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Line “%1”: unknown situation rate “%2”: expected situation.atmp, situation.vm, situation.mutuelle_employee_share or situation.mutuelle_employer_share.</source>
        <translation>Ligne de cotisation «&#xa0;%1&#xa0;»&#xa0;: taux de situation «&#xa0;%2&#xa0;» inconnu&#xa0;; valeurs possibles&#xa0;: situation.atmp, situation.vm, situation.mutuelle_employee_share ou situation.mutuelle_employer_share.</translation>
    </message>
    <message>
        <source>Line “%1”, employer rate: %2</source>
        <translation>Ligne de cotisation «&#xa0;%1&#xa0;», taux patronal&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line “%1”, employee rate: %2</source>
        <translation>Ligne de cotisation «&#xa0;%1&#xa0;», taux salarial&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line “%1”: the employer rate “%2” is not a percentage between 0 and 100.</source>
        <translation>Ligne de cotisation «&#xa0;%1&#xa0;»&#xa0;: le taux patronal «&#xa0;%2&#xa0;» n&apos;est pas un pourcentage compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>Line “%1”: the employee rate “%2” is not a percentage between 0 and 100.</source>
        <translation>Ligne de cotisation «&#xa0;%1&#xa0;»&#xa0;: le taux salarial «&#xa0;%2&#xa0;» n&apos;est pas un pourcentage compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>“line” must be followed by the line&apos;s code, such as maladie.</source>
        <translation>«&#xa0;line&#xa0;» doit être suivi du code de la ligne de cotisation, par exemple maladie.</translation>
    </message>
    <message>
        <source>“%1” is not a line code: use lower-case letters, digits and &apos;_&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de ligne valide&#xa0;: utilisez des lettres minuscules, des chiffres et «&#xa0;_&#xa0;».</translation>
    </message>
    <message>
        <source>Duplicate line code “%1” (first on line %2).</source>
        <translation>Code de ligne «&#xa0;%1&#xa0;» en double (première occurrence à la ligne %2).</translation>
    </message>
    <message>
        <source>Line “%1”: unknown field “%2”.</source>
        <translation>Ligne de cotisation «&#xa0;%1&#xa0;»&#xa0;: champ «&#xa0;%2&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Line “%1”: unknown base “%2”; the bases are %3.</source>
        <translation>Ligne de cotisation «&#xa0;%1&#xa0;»&#xa0;: assiette «&#xa0;%2&#xa0;» inconnue&#xa0;; les assiettes possibles sont %3.</translation>
    </message>
    <message>
        <source>Line “%1”: the label is empty.</source>
        <translation>Ligne de cotisation «&#xa0;%1&#xa0;»&#xa0;: le libellé est vide.</translation>
    </message>
    <message>
        <source>Line “%1”: “%2” is not a headcount for %3 (a whole number from 1).</source>
        <translation>Ligne de cotisation «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un effectif valide pour %3 (un nombre entier à partir de 1).</translation>
    </message>
    <message>
        <source>Line “%1” has no base: add base=assiette, tranche1…</source>
        <translation>La ligne de cotisation «&#xa0;%1&#xa0;» n&apos;a pas d&apos;assiette&#xa0;: ajoutez base=assiette, tranche1…</translation>
    </message>
    <message>
        <source>Line “%1” is missing the employee rate: add employee=&lt;percentage&gt;, or employee=- when the employee pays nothing.</source>
        <translation>Il manque le taux salarial à la ligne de cotisation «&#xa0;%1&#xa0;»&#xa0;: ajoutez employee=&lt;pourcentage&gt;, ou employee=- s&apos;il n&apos;y a pas de part salariale.</translation>
    </message>
    <message>
        <source>Line “%1” is missing the employer rate: add employer=&lt;percentage&gt;, or employer=- when the employer pays nothing.</source>
        <translation>Il manque le taux patronal à la ligne de cotisation «&#xa0;%1&#xa0;»&#xa0;: ajoutez employer=&lt;pourcentage&gt;, ou employer=- s&apos;il n&apos;y a pas de part patronale.</translation>
    </message>
    <message>
        <source>Line “%1” has no label: add label=&quot;…&quot;.</source>
        <translation>La ligne de cotisation «&#xa0;%1&#xa0;» n&apos;a pas de libellé&#xa0;: ajoutez label=&quot;…&quot;.</translation>
    </message>
    <message>
        <source>Line “%1” can never apply: headcount_from %2 is not below headcount_below %3.</source>
        <translation>La ligne de cotisation «&#xa0;%1&#xa0;» ne peut jamais s&apos;appliquer&#xa0;: headcount_from %2 n&apos;est pas inférieur à headcount_below %3.</translation>
    </message>
    <message>
        <source>The table has no header: it must start with “valid_from YYYY-MM-DD”.</source>
        <translation>La table n&apos;a pas d&apos;en-tête&#xa0;: elle doit commencer par «&#xa0;valid_from AAAA-MM-JJ&#xa0;».</translation>
    </message>
    <message>
        <source>The table names no source: add at least one “source” line saying where its figures come from.</source>
        <translation>La table n&apos;indique aucune source&#xa0;: ajoutez au moins une ligne «&#xa0;source&#xa0;» précisant l&apos;origine de ses valeurs.</translation>
    </message>
    <message>
        <source>The parameter “%1” is missing.</source>
        <translation>Il manque le paramètre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The table has no contribution line.</source>
        <translation>La table ne contient aucune ligne de cotisation.</translation>
    </message>
    <message>
        <source>valid_until %1 is before valid_from %2.</source>
        <translation>La date valid_until %1 est antérieure à valid_from %2.</translation>
    </message>
    <message>
        <source>A double quote is not closed on this line.</source>
        <translation>Un guillemet n&apos;est pas fermé sur cette ligne.</translation>
    </message>
    <message>
        <source>There is no payroll rule table.</source>
        <translation>Il n&apos;y a aucune table de paie.</translation>
    </message>
    <message>
        <source>Two payroll tables start on %1: %2 and %3.</source>
        <translation>Deux tables de paie commencent le %1&#xa0;: %2 et %3.</translation>
    </message>
    <message>
        <source>The payroll periods overlap: %1 starts on %2 while %3 runs until %4.</source>
        <translation>Les périodes de validité des tables de paie se chevauchent&#xa0;: %1 commence le %2 alors que %3 court jusqu&apos;au %4.</translation>
    </message>
    <message>
        <source>No payroll rules for an invalid date.</source>
        <translation>Aucune règle de paie pour une date non valide.</translation>
    </message>
    <message>
        <source>No payroll rules apply on %1: the first table, %2, starts on %3.</source>
        <translation>Aucune règle de paie ne s&apos;applique au %1&#xa0;: la première table, %2, commence le %3.</translation>
    </message>
    <message>
        <source>No payroll rules apply on %1: the table %2 ends on %3 and no later table covers that date.</source>
        <translation>Aucune règle de paie ne s&apos;applique au %1&#xa0;: la table %2 se termine le %3 et aucune table ultérieure ne couvre cette date.</translation>
    </message>
    <message>
        <source>Cannot read the built-in payroll table.</source>
        <translation>Impossible de lire la table de paie intégrée.</translation>
    </message>
    <message>
        <source>The date of a validation or payment, or the date whose payroll rules apply, YYYY-MM-DD (default: today).</source>
        <translation>La date d&apos;une validation ou d&apos;un règlement, ou la date qui détermine les règles de paie applicables, AAAA-MM-JJ (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>payroll compute: the monthly gross pay, e.g. 2500.00.</source>
        <translation>payroll compute&#xa0;: le salaire brut mensuel, par exemple 2500.00.</translation>
    </message>
    <message>
        <source>payroll from-cost: the employer cost to fit, e.g. 4000.00.</source>
        <translation>payroll from-cost&#xa0;: le coût employeur à ne pas dépasser, par exemple 4000.00.</translation>
    </message>
    <message>
        <source>payroll: the employee is a cadre (default: non-cadre).</source>
        <translation>payroll&#xa0;: le salarié est cadre (par défaut&#xa0;: non-cadre).</translation>
    </message>
    <message>
        <source>payroll: the company&apos;s headcount (default 20, or the cooperative&apos;s).</source>
        <translation>payroll&#xa0;: l&apos;effectif de l&apos;entreprise (20 par défaut, ou celui de la coopérative).</translation>
    </message>
    <message>
        <source>payroll: the AT/MP rate in percent (default 2.08, or the cooperative&apos;s).</source>
        <translation>payroll&#xa0;: le taux AT/MP en pourcentage (2.08 par défaut, ou celui de la coopérative).</translation>
    </message>
    <message>
        <source>payroll: the versement mobilité rate in percent (default 0, or the cooperative&apos;s).</source>
        <translation>payroll&#xa0;: le taux du versement mobilité en pourcentage (0 par défaut, ou celui de la coopérative).</translation>
    </message>
    <message>
        <source>payroll: the monthly mutuelle, employee and employer together (default 40.00, or the cooperative&apos;s).</source>
        <translation>payroll&#xa0;: la mutuelle mensuelle, parts salariale et patronale comprises (40.00 par défaut, ou celle de la coopérative).</translation>
    </message>
    <message>
        <source>payroll: the employer&apos;s share of the mutuelle in percent (default 50, or the cooperative&apos;s).</source>
        <translation>payroll&#xa0;: la part patronale de la mutuelle en pourcentage (50 par défaut, ou celle de la coopérative).</translation>
    </message>
    <message>
        <source>--%1 takes %2, not &quot;%3&quot;.</source>
        <translation>--%1 attend %2, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>an amount of zero or more with at most two decimals, such as 2500.00</source>
        <translation>un montant positif ou nul avec au plus deux décimales, par exemple 2500.00</translation>
    </message>
    <message>
        <source>a percentage from 0 to 100, such as 2.08</source>
        <translation>un pourcentage de 0 à 100, par exemple 2.08</translation>
    </message>
    <message>
        <source>--date %1: %2</source>
        <translation>--date %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cooperative&apos;s payroll settings: %1</source>
        <translation>Paramètres de paie de la coopérative&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n employee(s), AT/MP %2, versement mobilité %3, mutuelle %4 of which %5 paid by the employer</source>
        <translation>
            <numerusform>%1, %n salarié, AT/MP %2, versement mobilité %3, mutuelle %4 dont %5 à la charge de l&apos;employeur</numerusform>
            <numerusform>%1, %n salariés, AT/MP %2, versement mobilité %3, mutuelle %4 dont %5 à la charge de l&apos;employeur</numerusform>
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
        <translation>Bulletin au %1 (barème du %2)</translation>
    </message>
    <message>
        <source>Situation: %1</source>
        <translation>Situation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Employee rate</source>
        <translation>Taux salarial</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <source>Employer rate</source>
        <translation>Taux patronal</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>Salaire brut</translation>
    </message>
    <message>
        <source>Total contributions</source>
        <translation>Total des cotisations</translation>
    </message>
    <message>
        <source>RGDU (coefficient %1)</source>
        <translation>RGDU (coefficient %1)</translation>
    </message>
    <message>
        <source>Employer contributions after the RGDU</source>
        <translation>Cotisations patronales après RGDU</translation>
    </message>
    <message>
        <source>Net before income tax</source>
        <translation>Net à payer avant impôt</translation>
    </message>
    <message>
        <source>Net taxable</source>
        <translation>Net imposable</translation>
    </message>
    <message>
        <source>Net social</source>
        <translation>Montant net social</translation>
    </message>
    <message>
        <source>Employer cost</source>
        <translation>Coût employeur</translation>
    </message>
    <message>
        <source>Envelope %1: the largest gross it pays is %2, costing %3; %4 left.</source>
        <translation>Enveloppe de %1&#xa0;: le brut le plus élevé qu&apos;elle permet est %2, pour un coût de %3&#xa0;; reste %4.</translation>
    </message>
    <message>
        <source>a month written YYYY-MM, such as 2026-03</source>
        <translation>un mois au format AAAA-MM, par exemple 2026-03</translation>
    </message>
    <message numerus="yes">
        <source>Payroll of %1 (%2, rules from %3): %n slip(s), gross %4, employer cost %5.</source>
        <translation>
            <numerusform>Paie de %1 (%2, barème du %3)&#xa0;: %n bulletin, brut %4, coût employeur %5.</numerusform>
            <numerusform>Paie de %1 (%2, barème du %3)&#xa0;: %n bulletins, brut %4, coût employeur %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Net before tax</source>
        <translation>Net avant impôt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No payroll run for %1.</source>
        <translation>Aucune paie pour %1.</translation>
    </message>
    <message>
        <source>The run of %1 was not stored.</source>
        <translation>La paie de %1 n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Payroll of %1 closed.</source>
        <translation>Paie de %1 clôturée.</translation>
    </message>
    <message>
        <source>payroll takes an action: compute, from-cost, run, close, show or export.</source>
        <translation>payroll attend une action&#xa0;: compute, from-cost, run, close, show ou export.</translation>
    </message>
    <message>
        <source>unknown payroll action &quot;%1&quot;.</source>
        <translation>action de payroll inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>payroll %1 takes no other word.</source>
        <translation>payroll %1 n&apos;attend aucun autre mot.</translation>
    </message>
    <message>
        <source>contribution base</source>
        <translation>type d&apos;assiette de contribution</translation>
    </message>
    <message>
        <source>way of applying brackets</source>
        <translation>mode d&apos;application des tranches</translation>
    </message>
    <message>
        <source>bracket basis</source>
        <translation>mode de cumul des tranches</translation>
    </message>
    <message>
        <source>The scale needs a code.</source>
        <translation>Le barème doit avoir un code.</translation>
    </message>
    <message>
        <source>The scale needs a label.</source>
        <translation>Le barème doit avoir un libellé.</translation>
    </message>
    <message>
        <source>The scale needs the date it applies from.</source>
        <translation>Le barème doit indiquer la date à partir de laquelle il s&apos;applique.</translation>
    </message>
    <message>
        <source>Say which general assembly voted the scale.</source>
        <translation>Indiquez l&apos;assemblée générale qui a voté le barème.</translation>
    </message>
    <message>
        <source>The scale needs at least one rate.</source>
        <translation>Le barème doit comporter au moins un taux.</translation>
    </message>
    <message>
        <source>The first bracket starts at 0, not %1.</source>
        <translation>La première tranche commence à 0, et non à %1.</translation>
    </message>
    <message>
        <source>Bracket %1 starts at %2, not above the previous one (%3).</source>
        <translation>La tranche %1 commence à %2&#xa0;: elle doit commencer au-dessus de la précédente (%3).</translation>
    </message>
    <message>
        <source>The rate of bracket %1 must be between 0 and 100 % (not %2).</source>
        <translation>Le taux de la tranche %1 doit être compris entre 0 et 100&#xa0;% (et non %2).</translation>
    </message>
    <message>
        <source>A monthly floor cannot be negative (%1).</source>
        <translation>Un plancher mensuel ne peut pas être négatif (%1).</translation>
    </message>
    <message>
        <source>A seniority cannot be negative (%1 months).</source>
        <translation>Une ancienneté ne peut pas être négative (%1 mois).</translation>
    </message>
    <message>
        <source>The annual cap cannot be negative.</source>
        <translation>Le plafond annuel ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The associates&apos; annual cap cannot be negative.</source>
        <translation>Le plafond annuel des associés ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The internal invoicing rate must be between 0 and 100 % (not %1).</source>
        <translation>Le taux de facturation interne doit être compris entre 0 et 100&#xa0;% (et non %1).</translation>
    </message>
    <message>
        <source>A fiscal year has 12 months, not %1.</source>
        <translation>Un exercice compte 12 mois, et non %1.</translation>
    </message>
    <message>
        <source>Month %1 is %2, where %3 was expected: the months must follow each other.</source>
        <translation>Le mois n° %1 est %2 alors que %3 était attendu&#xa0;: les mois doivent se suivre.</translation>
    </message>
    <message>
        <source>“%1” is not an allocation key; expected one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une clé de répartition&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The pool needs a label.</source>
        <translation>Le poste de frais doit avoir un libellé.</translation>
    </message>
    <message>
        <source>The pool&apos;s period needs a first day.</source>
        <translation>La période du poste de frais doit avoir un premier jour.</translation>
    </message>
    <message>
        <source>The pool&apos;s period needs a last day.</source>
        <translation>La période du poste de frais doit avoir un dernier jour.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>The pool needs the account it is charged to.</source>
        <translation>Le poste de frais doit indiquer le compte sur lequel il est imputé.</translation>
    </message>
    <message>
        <source>The activity %1 takes part twice.</source>
        <translation>L&apos;activité %1 figure deux fois.</translation>
    </message>
    <message>
        <source>The headcount of %1 is negative (%2).</source>
        <translation>L&apos;effectif de %1 est négatif (%2).</translation>
    </message>
    <message>
        <source>The fixed amount of %1 is negative (%2).</source>
        <translation>Le montant fixe de %1 est négatif (%2).</translation>
    </message>
    <message>
        <source>The weight of %1 is negative (%2).</source>
        <translation>La pondération de %1 est négative (%2).</translation>
    </message>
    <message>
        <source>The key value of %1 is too large to split on.</source>
        <translation>La valeur de clé de %1 est trop grande pour la répartition.</translation>
    </message>
    <message>
        <source>Nobody to charge “%1” to: no activity was present between %2 and %3 with a key value above zero.</source>
        <translation>Impossible d&apos;imputer «&#xa0;%1&#xa0;»&#xa0;: aucune activité présente entre le %2 et le %3 n&apos;a une valeur de clé supérieure à zéro.</translation>
    </message>
    <message>
        <source>%1 € of turnover</source>
        <translation>%1&#xa0;€ de chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>%1 € of margin</source>
        <translation>%1&#xa0;€ de marge</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>one share</source>
        <translation>une part</translation>
    </message>
    <message>
        <source>a fixed %1 €</source>
        <translation>un montant fixe de %1&#xa0;€</translation>
    </message>
    <message>
        <source>a weight of %1</source>
        <translation>une pondération de %1</translation>
    </message>
    <message>
        <source>%1: %2 × %3 / %4 days → %5 € of %6 €</source>
        <translation>%1&#xa0;: %2 × %3 / %4 jours → %5&#xa0;€ sur %6&#xa0;€</translation>
    </message>
    <message>
        <source>The %1 must be a percentage between 0 and 100 (not %2).</source>
        <translation>Pour %1, un pourcentage compris entre 0 et 100 est attendu (et non %2).</translation>
    </message>
    <message>
        <source>The headcount must be at least 1 (not %1).</source>
        <translation>L&apos;effectif doit être d&apos;au moins 1 (et non %1).</translation>
    </message>
    <message>
        <source>The mutuelle amount must be between 0 and 10 000 000.00 € (not %1).</source>
        <translation>Le montant de la mutuelle doit être compris entre 0 et 10&#xa0;000&#xa0;000,00&#xa0;€ (et non %1).</translation>
    </message>
    <message>
        <source>The gross pay must be between 0.00 and 10 000 000.00 € (not %1).</source>
        <translation>Le salaire brut doit être compris entre 0,00 et 10&#xa0;000&#xa0;000,00&#xa0;€ (et non %1).</translation>
    </message>
    <message>
        <source>The employer cost must be between 0.00 and 10 000 000.00 € (not %1).</source>
        <translation>Le coût employeur doit être compris entre 0,00 et 10&#xa0;000&#xa0;000,00&#xa0;€ (et non %1).</translation>
    </message>
    <message>
        <source>An employer cost of %1 € does not cover what a zero gross already costs (%2 €: the mutuelle and what it carries).</source>
        <translation>Un coût employeur de %1&#xa0;€ ne couvre pas ce que coûte déjà un brut nul (%2&#xa0;€&#xa0;: la mutuelle et les prélèvements qu&apos;elle entraîne).</translation>
    </message>
    <message>
        <source>The net pay must not be negative (not %1).</source>
        <translation>Le net ne peut pas être négatif (%1).</translation>
    </message>
    <message>
        <source>No gross up to 10 000 000.00 € gives a net of %1 €.</source>
        <translation>Aucun brut jusqu&apos;à 10&#xa0;000&#xa0;000,00&#xa0;€ ne donne un net de %1&#xa0;€.</translation>
    </message>
    <message>
        <source>Line “%1”: unknown organism “%2”; the organisms are urssaf, retirement and health.</source>
        <translation>Ligne de cotisation «&#xa0;%1&#xa0;»&#xa0;: organisme «&#xa0;%2&#xa0;» inconnu&#xa0;; les organismes possibles sont urssaf, retirement et health.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>“%1” is not a month: write it as YYYY-MM, such as 2026-03.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un mois&#xa0;: écrivez-le AAAA-MM, par exemple 2026-03.</translation>
    </message>
    <message>
        <source>the contract&apos;s fixed part is negative (%1).</source>
        <translation>la part fixe du contrat est négative (%1).</translation>
    </message>
    <message>
        <source>%1 days under contract in a month of %2 days.</source>
        <translation>%1 jours sous contrat dans un mois de %2 jours.</translation>
    </message>
    <message>
        <source>The payroll of %1 is closed: it cannot be computed again.</source>
        <translation>La paie de %1 est clôturée&#xa0;: elle ne peut pas être recalculée.</translation>
    </message>
    <message>
        <source>Cannot replace the draft payroll run.</source>
        <translation>Impossible de remplacer la paie en brouillon.</translation>
    </message>
    <message>
        <source>Cannot store the payroll run.</source>
        <translation>Impossible d&apos;enregistrer la paie.</translation>
    </message>
    <message>
        <source>Cannot store the payslip of %1.</source>
        <translation>Impossible d&apos;enregistrer le bulletin de %1.</translation>
    </message>
    <message>
        <source>Cannot store the payroll journal.</source>
        <translation>Impossible d&apos;enregistrer le journal de paie.</translation>
    </message>
    <message>
        <source>The payroll of %1 has not been computed.</source>
        <translation>La paie de %1 n&apos;a pas été calculée.</translation>
    </message>
    <message>
        <source>The payroll of %1 is already closed.</source>
        <translation>La paie de %1 est déjà clôturée.</translation>
    </message>
    <message>
        <source>Cannot close the payroll of %1.</source>
        <translation>Impossible de clôturer la paie de %1.</translation>
    </message>
    <message>
        <source>“%1” is not an expense category; expected one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie de frais&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an expense report status; expected one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut de note de frais&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Choose the activity the expenses are for.</source>
        <translation>Choisissez l&apos;activité à laquelle se rapportent les frais.</translation>
    </message>
    <message>
        <source>Choose who paid the expenses.</source>
        <translation>Choisissez qui a payé les frais.</translation>
    </message>
    <message>
        <source>The report needs its month.</source>
        <translation>La note de frais doit avoir son mois.</translation>
    </message>
    <message>
        <source>An expense report needs at least one line.</source>
        <translation>Une note de frais doit avoir au moins une ligne.</translation>
    </message>
    <message>
        <source>Line %1 has no date.</source>
        <translation>La ligne %1 n&apos;a pas de date.</translation>
    </message>
    <message>
        <source>Line %1 is dated %2, outside the report&apos;s month (%3 to %4).</source>
        <translation>La ligne %1 est datée du %2, hors du mois de la note (du %3 au %4).</translation>
    </message>
    <message>
        <source>Line %1 is dated %2, after today: an expense is reported once paid.</source>
        <translation>La ligne %1 est datée du %2, après aujourd&apos;hui&#xa0;: une dépense se déclare une fois payée.</translation>
    </message>
    <message>
        <source>Line %1: give the distance driven, in km.</source>
        <translation>Ligne %1&#xa0;: indiquez la distance parcourue, en km.</translation>
    </message>
    <message>
        <source>Line %1: say where from, where to and why.</source>
        <translation>Ligne %1&#xa0;: indiquez le départ, l&apos;arrivée et le motif.</translation>
    </message>
    <message>
        <source>Line %1: give the vehicle&apos;s fiscal power (CV).</source>
        <translation>Ligne %1&#xa0;: indiquez la puissance fiscale du véhicule (CV).</translation>
    </message>
    <message>
        <source>Line %1: a mileage allowance carries no VAT.</source>
        <translation>Ligne %1&#xa0;: une indemnité kilométrique ne comporte pas de TVA.</translation>
    </message>
    <message>
        <source>Line %1: the amount paid must be above zero.</source>
        <translation>Ligne %1&#xa0;: le montant payé doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Line %1: the VAT (%2) must be between zero and the amount paid (%3).</source>
        <translation>Ligne %1&#xa0;: la TVA (%2) doit être comprise entre zéro et le montant payé (%3).</translation>
    </message>
    <message>
        <source>Line %1: say what was bought.</source>
        <translation>Ligne %1&#xa0;: indiquez ce qui a été acheté.</translation>
    </message>
    <message>
        <source>Line %1: attach the receipt.</source>
        <translation>Ligne %1&#xa0;: joignez le justificatif.</translation>
    </message>
    <message>
        <source>A distance cannot be negative (%1 km).</source>
        <translation>Une distance ne peut pas être négative (%1&#xa0;km).</translation>
    </message>
    <message>
        <source>%1 km in a year is not a distance a vehicle drives.</source>
        <translation>%1&#xa0;km dans l&apos;année&#xa0;: ce n&apos;est pas une distance qu&apos;un véhicule parcourt.</translation>
    </message>
    <message>
        <source>The fiscal power must be at least 1 CV (not %1).</source>
        <translation>La puissance fiscale doit être d&apos;au moins 1&#xa0;CV (et non %1).</translation>
    </message>
    <message>
        <source>A trip cannot be negative (%1 km).</source>
        <translation>Un trajet ne peut pas être négatif (%1&#xa0;km).</translation>
    </message>
    <message>
        <source>The expense report of %1 is %2: it cannot be %3.</source>
        <translation>La note de frais de %1 est %2&#xa0;: elle ne peut pas être %3.</translation>
    </message>
    <message>
        <source>%1: a receipt is a file of 1 byte to 20 MiB (this one has %2 bytes).</source>
        <translation>%1&#xa0;: un justificatif est un fichier de 1&#xa0;octet à 20&#xa0;Mio (celui-ci fait %2&#xa0;octets).</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file: scan or photograph the receipt in one of these formats.</source>
        <translation>%1 n&apos;est pas un fichier PDF, JPEG ou PNG&#xa0;: numérisez ou photographiez le justificatif dans l&apos;un de ces formats.</translation>
    </message>
    <message>
        <source>Cannot store the receipt %1.</source>
        <translation>Impossible d&apos;enregistrer le justificatif %1.</translation>
    </message>
    <message>
        <source>The expense report %1 does not exist.</source>
        <translation>La note de frais %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Line %1: its receipt is not in the store.</source>
        <translation>Ligne %1&#xa0;: son justificatif n&apos;est pas dans le dossier.</translation>
    </message>
    <message>
        <source>Say why the report is rejected.</source>
        <translation>Indiquez pourquoi la note de frais est refusée.</translation>
    </message>
    <message>
        <source>Say who decides.</source>
        <translation>Indiquez qui décide.</translation>
    </message>
    <message>
        <source>The reimbursement date must be in or after the report&apos;s month.</source>
        <translation>La date de remboursement doit être dans le mois de la note ou après.</translation>
    </message>
    <message>
        <source>a draft</source>
        <comment>expense report status</comment>
        <translation>un brouillon</translation>
    </message>
    <message>
        <source>submitted</source>
        <comment>expense report status</comment>
        <translation>soumise</translation>
    </message>
    <message>
        <source>validated</source>
        <comment>expense report status</comment>
        <translation>validée</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>expense report status</comment>
        <translation>refusée</translation>
    </message>
    <message>
        <source>paid</source>
        <comment>expense report status</comment>
        <translation>remboursée</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>expense report action</comment>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>expense report action</comment>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>submitted</source>
        <comment>expense report action</comment>
        <translation>soumise</translation>
    </message>
    <message>
        <source>validated</source>
        <comment>expense report action</comment>
        <translation>validée</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>expense report action</comment>
        <translation>refusée</translation>
    </message>
    <message>
        <source>paid</source>
        <comment>expense report action</comment>
        <translation>remboursée</translation>
    </message>
    <message>
        <source>--month: “%1” is not a month written YYYY-MM, such as 2026-03.</source>
        <translation>--month&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un mois écrit AAAA-MM, comme 2026-03.</translation>
    </message>
    <message numerus="yes">
        <source>Contribution of %1: %n activity(ies), %2 in all.</source>
        <translation>
            <numerusform>Contribution de %1&#xa0;: %n activité, %2 au total.</numerusform>
            <numerusform>Contribution de %1&#xa0;: %n activités, %2 au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Barème</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Cumul annuel</translation>
    </message>
    <message>
        <source> (floor)</source>
        <translation> (minimum)</translation>
    </message>
    <message>
        <source> (cap)</source>
        <translation> (plafond)</translation>
    </message>
    <message>
        <source>payroll run, close, show, export and contribution compute: the month, YYYY-MM.</source>
        <translation>payroll run, close, show, export et contribution compute&#xa0;: le mois, AAAA-MM.</translation>
    </message>
    <message>
        <source>The contribution scale %1 does not exist.</source>
        <translation>Le barème de contribution %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: no default contribution scale is in force on %2.</source>
        <translation>%1&#xa0;: aucun barème de contribution par défaut n&apos;est en vigueur le %2.</translation>
    </message>
    <message>
        <source>%1: the contribution scale “%2” is not in force on %3.</source>
        <translation>%1&#xa0;: le barème de contribution «&#xa0;%2&#xa0;» n&apos;est pas en vigueur le %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>demo contribution scale %1</source>
        <translation>barème de contribution de démonstration %1</translation>
    </message>
    <message>
        <source>allocate takes no other word: give the pool with --pool.</source>
        <translation>allocate ne prend pas d&apos;autre mot&#xa0;: indiquez le poste avec --pool.</translation>
    </message>
    <message>
        <source>Preview of “%1” (%2 €), nothing written:</source>
        <translation>Aperçu de «&#xa0;%1&#xa0;» (%2&#xa0;€), rien n&apos;est enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” (%2 €) allocated:</source>
        <translation>«&#xa0;%1&#xa0;» (%2&#xa0;€) réparti&#xa0;:</translation>
    </message>
    <message>
        <source>pools takes no other word.</source>
        <translation>pools ne prend pas d&apos;autre mot.</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>réparti</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>allocate: the id of the pool to split.</source>
        <translation>allocate&#xa0;: l&apos;identifiant du poste de frais à répartir.</translation>
    </message>
    <message>
        <source>allocate: show the split without writing it.</source>
        <translation>allocate&#xa0;: afficher la répartition sans l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>%1 contribution scale versions, %2 shared-cost pools to allocate</source>
        <translation>%1 versions de barèmes de contribution, %2 postes de frais mutualisés à répartir</translation>
    </message>
    <message>
        <source>The weight of an activity cannot be negative (%1).</source>
        <translation>La pondération d&apos;une activité ne peut pas être négative (%1).</translation>
    </message>
    <message>
        <source>The pool “%1” is allocated: it cannot be changed.</source>
        <translation>Le poste «&#xa0;%1&#xa0;» est réparti&#xa0;: il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>The pool %1 does not exist.</source>
        <translation>Le poste de frais %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The pool “%1” is already allocated.</source>
        <translation>Le poste «&#xa0;%1&#xa0;» est déjà réparti.</translation>
    </message>
    <message>
        <source>demo pool %1</source>
        <translation>poste de frais de démonstration %1</translation>
    </message>
    <message>
        <source>account takes no other word: give the activity with --activity.</source>
        <translation>account ne prend pas d&apos;autre mot&#xa0;: indiquez l&apos;activité avec --activity.</translation>
    </message>
    <message>
        <source>Account of %1 (%2), %3 to %4</source>
        <translation>Compte de %1 (%2), du %3 au %4</translation>
    </message>
    <message>
        <source>Turnover invoiced (HT)</source>
        <translation>Chiffre d&apos;affaires facturé (HT)</translation>
    </message>
    <message>
        <source>Turnover collected (HT)</source>
        <translation>Chiffre d&apos;affaires encaissé (HT)</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Notes de frais</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution coopérative</translation>
    </message>
    <message>
        <source>Shared costs</source>
        <translation>Frais mutualisés</translation>
    </message>
    <message>
        <source>Salaries (employer cost)</source>
        <translation>Salaires (coût employeur)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Treasury today</source>
        <translation>Trésorerie à ce jour</translation>
    </message>
    <message>
        <source>Salary envelope %1: gross %2, net before tax %3.</source>
        <translation>Enveloppe salariale %1&#xa0;: brut %2, net avant impôt %3.</translation>
    </message>
    <message>
        <source>No salary envelope: the treasury does not cover a payslip.</source>
        <translation>Pas d&apos;enveloppe salariale&#xa0;: la trésorerie ne couvre pas un bulletin.</translation>
    </message>
    <message>
        <source>account: the activity&apos;s analytic code.</source>
        <translation>account&#xa0;: le code analytique de l&apos;activité.</translation>
    </message>
    <message>
        <source>No activity has the analytic code %1.</source>
        <translation>Aucune activité n&apos;a le code analytique %1.</translation>
    </message>
    <message>
        <source>Reference treasury</source>
        <translation>Trésorerie de référence</translation>
    </message>
    <message>
        <source>Future treasury</source>
        <translation>Trésorerie prévisionnelle</translation>
    </message>
    <message>
        <source>accounting fec needs --year YYYY.</source>
        <translation>accounting fec nécessite --year AAAA.</translation>
    </message>
    <message>
        <source>--out names the folder the FEC goes into; &quot;%1&quot; is not a folder.</source>
        <translation>--out indique le répertoire où écrire le FEC&#xa0;; «&#xa0;%1&#xa0;» n&apos;est pas un répertoire.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s), %2 entries, debit %3, credit %4.</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne, %2 écritures, débit %3, crédit %4.</numerusform>
            <numerusform>%1&#xa0;: %n lignes, %2 écritures, débit %3, crédit %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>accounting export needs --from and --to.</source>
        <translation>accounting export nécessite --from et --to.</translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation>--to est antérieur à --from.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s).</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne.</numerusform>
            <numerusform>%1&#xa0;: %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trial balance from %1 to %2</source>
        <translation>Balance générale du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) posted.</source>
        <translation>
            <numerusform>%n écriture comptabilisée.</numerusform>
            <numerusform>%n écritures comptabilisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>accounting close needs --until YYYY-MM-DD.</source>
        <translation>accounting close nécessite --until AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>The ledger is closed until %1.</source>
        <translation>La comptabilité est clôturée jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>accounting reopen needs --until YYYY-MM-DD, or --until none.</source>
        <translation>accounting reopen nécessite --until AAAA-MM-JJ, ou --until none.</translation>
    </message>
    <message>
        <source>The ledger is now closed until %1.</source>
        <translation>La comptabilité est désormais clôturée jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>No period of the ledger is closed now.</source>
        <translation>Aucune période de la comptabilité n&apos;est actuellement clôturée.</translation>
    </message>
    <message>
        <source>contribution takes one action: compute or post.</source>
        <translation>contribution attend une action&#xa0;: compute ou post.</translation>
    </message>
    <message>
        <source>Contribution of %1 posted: entry %2 %3.</source>
        <translation>Contribution de %1 comptabilisée&#xa0;: écriture %2 %3.</translation>
    </message>
    <message>
        <source>accounting fec: the calendar year the fiscal year ends in.</source>
        <translation>accounting fec&#xa0;: l&apos;année civile au cours de laquelle se termine l&apos;exercice.</translation>
    </message>
    <message>
        <source>accounting export: the first day, YYYY-MM-DD.</source>
        <translation>accounting export&#xa0;: le premier jour, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>accounting export: the last day, YYYY-MM-DD.</source>
        <translation>accounting export&#xa0;: le dernier jour, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>accounting close and reopen: the last closed day, YYYY-MM-DD.</source>
        <translation>accounting close et reopen&#xa0;: le dernier jour clôturé, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>accounting reopen: why the period is reopened (kept).</source>
        <translation>accounting reopen&#xa0;: le motif de la réouverture (conservé).</translation>
    </message>
    <message>
        <source>accounting export: the columns, comma separated (default: journal,date,account,aux_account,piece,label,debit,credit,analytic).</source>
        <translation>accounting export&#xa0;: les colonnes, séparées par des virgules (par défaut&#xa0;: journal,date,account,aux_account,piece,label,debit,credit,analytic).</translation>
    </message>
    <message>
        <source>accounting export: one journal&apos;s code (VT, BQ, AC, PA, OD).</source>
        <translation>accounting export&#xa0;: le code d&apos;un journal (VT, BQ, AC, PA, OD).</translation>
    </message>
    <message>
        <source>The contribution rate of terms %1, %2 %, is not between 0 % and 100 %.</source>
        <translation>Le taux de contribution des conditions %1, %2&#xa0;%, n&apos;est pas compris entre 0&#xa0;% et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>An account number is 1 to 20 digits, the first from 1 to 8: &quot;%1&quot;.</source>
        <translation>Un numéro de compte comporte de 1 à 20 chiffres, le premier de 1 à 8&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Account %1 needs a label.</source>
        <translation>Le compte %1 doit avoir un libellé.</translation>
    </message>
    <message>
        <source>An entry needs a journal.</source>
        <translation>Une écriture doit avoir un journal.</translation>
    </message>
    <message>
        <source>An entry needs a date.</source>
        <translation>Une écriture doit avoir une date.</translation>
    </message>
    <message>
        <source>An entry needs a piece reference.</source>
        <translation>Une écriture doit avoir une référence de pièce.</translation>
    </message>
    <message>
        <source>An entry needs a label.</source>
        <translation>Une écriture doit avoir un libellé.</translation>
    </message>
    <message numerus="yes">
        <source>An entry needs at least two lines; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>Une écriture doit comporter au moins deux lignes&#xa0;; «&#xa0;%1&#xa0;» en a %n.</numerusform>
            <numerusform>Une écriture doit comporter au moins deux lignes&#xa0;; «&#xa0;%1&#xa0;» en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot;: &quot;%3&quot; is not an account number.</source>
        <translation>Ligne %1 de «&#xa0;%2&#xa0;»&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas un numéro de compte.</translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot;: an amount is never negative; the side says which column.</source>
        <translation>Ligne %1 de «&#xa0;%2&#xa0;»&#xa0;: un montant n&apos;est jamais négatif&#xa0;; le sens indique la colonne.</translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot; needs a label.</source>
        <translation>La ligne %1 de «&#xa0;%2&#xa0;» doit avoir un libellé.</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; does not balance: %2 in debit, %3 in credit.</source>
        <translation>L&apos;écriture «&#xa0;%1&#xa0;» n&apos;est pas équilibrée&#xa0;: %2 au débit, %3 au crédit.</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; moves nothing.</source>
        <translation>L&apos;écriture «&#xa0;%1&#xa0;» ne mouvemente aucun compte.</translation>
    </message>
    <message>
        <source>“%1” is not a supplier invoice status; expected one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut de facture fournisseur&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>a draft</source>
        <comment>supplier invoice status</comment>
        <translation>un brouillon</translation>
    </message>
    <message>
        <source>validated</source>
        <comment>supplier invoice status</comment>
        <translation>validée</translation>
    </message>
    <message>
        <source>paid</source>
        <comment>supplier invoice status</comment>
        <translation>payée</translation>
    </message>
    <message>
        <source>Goods for resale</source>
        <translation>Achats de marchandises</translation>
    </message>
    <message>
        <source>Subcontracted services resold</source>
        <translation>Prestations sous-traitées refacturées</translation>
    </message>
    <message>
        <source>Energy and water</source>
        <translation>Énergie et eau</translation>
    </message>
    <message>
        <source>Small equipment and tools</source>
        <translation>Petit équipement et outillage</translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation>Fournitures de bureau</translation>
    </message>
    <message>
        <source>General subcontracting</source>
        <translation>Sous-traitance générale</translation>
    </message>
    <message>
        <source>Rents</source>
        <translation>Loyers</translation>
    </message>
    <message>
        <source>Maintenance and repairs</source>
        <translation>Entretien et réparations</translation>
    </message>
    <message>
        <source>Insurance premiums</source>
        <translation>Primes d&apos;assurance</translation>
    </message>
    <message>
        <source>Documentation and seminars</source>
        <translation>Documentation et séminaires</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Honoraires</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicité</translation>
    </message>
    <message>
        <source>Travel and receptions</source>
        <translation>Déplacements et réceptions</translation>
    </message>
    <message>
        <source>Telecommunications and postage</source>
        <translation>Frais postaux et de télécommunications</translation>
    </message>
    <message>
        <source>Bank charges</source>
        <translation>Frais bancaires</translation>
    </message>
    <message>
        <source>Choose the activity the purchase is for.</source>
        <translation>Choisissez l&apos;activité à laquelle se rapporte l&apos;achat.</translation>
    </message>
    <message>
        <source>Name the supplier.</source>
        <translation>Indiquez le fournisseur.</translation>
    </message>
    <message>
        <source>Give the supplier&apos;s invoice number, as printed on it.</source>
        <translation>Indiquez le numéro de la facture du fournisseur, tel qu&apos;il y figure.</translation>
    </message>
    <message>
        <source>The supplier invoice needs its date.</source>
        <translation>La facture fournisseur doit être datée.</translation>
    </message>
    <message>
        <source>The due date (%1) is before the invoice&apos;s date (%2).</source>
        <translation>L&apos;échéance (%1) est antérieure à la date de la facture (%2).</translation>
    </message>
    <message>
        <source>A supplier invoice needs at least one line.</source>
        <translation>Une facture fournisseur doit avoir au moins une ligne.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a purchase or outside-service account (60…, 61… or 62…, 3 to 8 digits).</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un compte d&apos;achats ou de services extérieurs (60…, 61… ou 62…, de 3 à 8 chiffres).</translation>
    </message>
    <message>
        <source>Line %1: the amount excluding VAT must be above zero.</source>
        <translation>Ligne %1&#xa0;: le montant HT doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Line %1: %2 € is beyond what a purchase can be.</source>
        <translation>Ligne %1&#xa0;: %2&#xa0;€ dépasse le montant possible d&apos;un achat.</translation>
    </message>
    <message>
        <source>Attach the scanned supplier invoice.</source>
        <translation>Joignez la facture fournisseur numérisée.</translation>
    </message>
    <message>
        <source>A paid supplier invoice needs its payment date.</source>
        <translation>Une facture fournisseur payée doit avoir sa date de paiement.</translation>
    </message>
    <message>
        <source>The payment date (%1) is before the invoice&apos;s date (%2).</source>
        <translation>La date de paiement (%1) est antérieure à la date de la facture (%2).</translation>
    </message>
    <message>
        <source>demo receipt</source>
        <translation>justificatif de démonstration</translation>
    </message>
    <message>
        <source>demo expense report of %1</source>
        <translation>note de frais de démonstration de %1</translation>
    </message>
    <message>
        <source>demo supplier invoice %1</source>
        <translation>facture fournisseur de démonstration %1</translation>
    </message>
    <message>
        <source>Cannot save account %1.</source>
        <translation>Impossible d&apos;enregistrer le compte %1.</translation>
    </message>
    <message>
        <source>Account %1 is not in the chart of accounts.</source>
        <translation>Le compte %1 ne figure pas dans le plan comptable.</translation>
    </message>
    <message>
        <source>The cooperative&apos;s analytic code is required.</source>
        <translation>Le code analytique de la coopérative est obligatoire.</translation>
    </message>
    <message>
        <source>Cannot save the account mapping.</source>
        <translation>Impossible d&apos;enregistrer la correspondance des comptes.</translation>
    </message>
    <message>
        <source>Account %1 (line %2 of &quot;%3&quot;) is not in the chart of accounts: add it, or one of its parents, first.</source>
        <translation>Le compte %1 (ligne %2 de «&#xa0;%3&#xa0;») ne figure pas dans le plan comptable&#xa0;: ajoutez-le d&apos;abord, ou l&apos;un de ses comptes parents.</translation>
    </message>
    <message>
        <source>Cannot number the entry.</source>
        <translation>Impossible de numéroter l&apos;écriture.</translation>
    </message>
    <message>
        <source>The period is closed until %1: &quot;%2&quot; dated %3 cannot be posted. An admin may reopen the period, or the document may be dated after it.</source>
        <translation>La période est clôturée jusqu&apos;au %1&#xa0;: «&#xa0;%2&#xa0;», daté du %3, ne peut pas être comptabilisé. Un administrateur peut rouvrir la période, ou le document peut être daté après celle-ci.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already posted.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà comptabilisé.</translation>
    </message>
    <message>
        <source>Cannot post &quot;%1&quot;.</source>
        <translation>Impossible de comptabiliser «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Activity %1 does not exist.</source>
        <translation>L&apos;activité %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A validated document has no frozen parties.</source>
        <translation>Un document validé n&apos;a aucune partie figée.</translation>
    </message>
    <message>
        <source>Cannot record the closed period.</source>
        <translation>Impossible d&apos;enregistrer la période clôturée.</translation>
    </message>
    <message>
        <source>Say until which day to close.</source>
        <translation>Indiquez jusqu&apos;à quel jour clôturer.</translation>
    </message>
    <message>
        <source>The ledger is already closed until %1; close a later day.</source>
        <translation>La comptabilité est déjà clôturée jusqu&apos;au %1&#xa0;; clôturez un jour ultérieur.</translation>
    </message>
    <message>
        <source>Only an admin may reopen a closed period.</source>
        <translation>Seul un administrateur peut rouvrir une période clôturée.</translation>
    </message>
    <message>
        <source>Say why the period is reopened: the reason is kept.</source>
        <translation>Indiquez pourquoi la période est rouverte&#xa0;: le motif est conservé.</translation>
    </message>
    <message>
        <source>No period is closed.</source>
        <translation>Aucune période n&apos;est clôturée.</translation>
    </message>
    <message>
        <source>The ledger is closed until %1; reopening moves that day back.</source>
        <translation>La comptabilité est clôturée jusqu&apos;au %1&#xa0;; la réouverture ramène cette date en arrière.</translation>
    </message>
    <message>
        <source>The cooperative&apos;s SIREN names the FEC file: enter it in the cooperative&apos;s settings first.</source>
        <translation>Le SIREN de la coopérative sert à nommer le fichier FEC&#xa0;: saisissez-le d&apos;abord dans les paramètres de la coopérative.</translation>
    </message>
    <message>
        <source>The FEC export was cancelled.</source>
        <translation>L&apos;export du FEC a été annulé.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; in the export layout.</source>
        <translation>Colonne inconnue «&#xa0;%1&#xa0;» dans le format d&apos;export.</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Choisissez au moins une colonne.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>The supplier invoice %1 does not exist.</source>
        <translation>La facture fournisseur %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The supplier invoice %1 of %2 is %3: it cannot be %4.</source>
        <translation>La facture fournisseur %1 de %2 est %3&#xa0;: elle ne peut pas être %4.</translation>
    </message>
    <message>
        <source>The scanned supplier invoice is not in the store.</source>
        <translation>La facture fournisseur numérisée n&apos;est pas dans le dossier.</translation>
    </message>
    <message>
        <source>The activity %1 does not exist.</source>
        <translation>L&apos;activité %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>supplier invoice action</comment>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>supplier invoice action</comment>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>validated</source>
        <comment>supplier invoice action</comment>
        <translation>validée</translation>
    </message>
    <message>
        <source>Say who validates.</source>
        <translation>Indiquez qui valide.</translation>
    </message>
    <message>
        <source>paid</source>
        <comment>supplier invoice action</comment>
        <translation>payée</translation>
    </message>
    <message>
        <source>The payment date must be on or after the invoice&apos;s date.</source>
        <translation>La date de paiement doit être égale ou postérieure à la date de la facture.</translation>
    </message>
    <message>
        <source>%1 expense reports, %2 supplier invoices, %3 receipts</source>
        <translation>%1 notes de frais, %2 factures fournisseurs, %3 justificatifs</translation>
    </message>
    <message>
        <source>accounting takes one action: fec, export, balance, close, reopen, post or chart.</source>
        <translation>accounting attend une action&#xa0;: fec, export, balance, close, reopen, post ou chart.</translation>
    </message>
    <message>
        <source>accounting chart takes --number and --label together.</source>
        <translation>accounting chart attend --number et --label ensemble.</translation>
    </message>
    <message>
        <source>accounting chart: the account number to add or rename.</source>
        <translation>accounting chart&#xa0;: le numéro du compte à ajouter ou renommer.</translation>
    </message>
    <message>
        <source>accounting chart: the account&apos;s label.</source>
        <translation>accounting chart&#xa0;: le libellé du compte.</translation>
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
        <translation>Ligne de commande de CoopDesk.

Commandes&#xa0;:
  store init                    crée un dossier chiffré (--name, --kdf)
  store check                   vérifie le dossier&#xa0;; affiche «&#xa0;ok&#xa0;» ou les problèmes
  store key                     affiche la clé brute des données en 64 chiffres hexadécimaux
  store passphrase              change la phrase secrète (--new-passphrase-file)
  store backup                  écrit une sauvegarde chiffrée (--out, --backup-passphrase-file)
  store restore                 restaure une sauvegarde dans --store (--in, --backup-passphrase-file, --replace)
  entrepreneurs import FICHIER  importe les entrepreneurs et les contrats d&apos;un fichier CSV, tout ou rien
  entrepreneurs export FICHIER  les écrit en CSV (FICHIER - pour la sortie standard&#xa0;; --at)
  entrepreneurs list            les entrepreneurs, leur statut et leurs alertes (--at, --json)
  alerts                        ce sur quoi l&apos;équipe d&apos;appui doit agir (--at, --json)
  demo                          remplit un dossier vide avec une coopérative de démonstration (--entrepreneurs, --years, --seed, --today)
  invoice list                  factures et avoirs (--status, --at, --limit, --json)
  invoice validate ID           émet un brouillon&#xa0;: lui attribue numéro et date, et le fige (--date)
  invoice pdf ID                le PDF d&apos;une facture ou d&apos;un avoir (--out)
  invoice facturx ID            le PDF/A-3 Factur-X EN 16931 (--out)
  invoice cii ID                le XML CII seul (--out)
  invoice pay ID                enregistre un règlement (--amount, --date, --mode, --reference)
  invoice credit ID             crée le brouillon d&apos;un avoir qui annule la facture
  verify                        vérifie la chaîne d&apos;empreintes et la numérotation (--json)
  payroll compute               un bulletin à partir d&apos;un salaire brut (--gross, --date, --cadre, --headcount, --atmp, --vm, --mutuelle, --mutuelle-employer-share, --json)
  payroll from-cost             le brut le plus élevé que permet un coût employeur (--employer-cost, mêmes options)
  payroll run                   calcule la paie d&apos;un mois et l&apos;enregistre en brouillon (--month, --json)
  payroll close                 clôture la paie en brouillon du mois (--month)
  payroll show                  la paie enregistrée d&apos;un mois (--month, --json)
  payroll export                le CSV pour le cabinet de paie d&apos;une paie enregistrée (--month, --out)
  contribution compute          la contribution de chaque activité pour un mois (--month, --json)
  pools                         les postes de frais mutualisés (--json)
  allocate                      répartir un poste de frais entre les activités (--pool, --preview, --json)
  account                       le compte d&apos;une activité et son enveloppe salariale (--activity, --at, --json)
  contribution post             passer la contribution d&apos;un mois au journal (--month)
  accounting fec                le FEC de l&apos;exercice clos dans l&apos;année --year, dans le dossier --out
  accounting export             le CSV pour l&apos;expert-comptable (--from, --to, --out, --columns, --activity, --journal)
  accounting balance            la balance générale au --at (--activity, --json)
  accounting close              clôturer la comptabilité jusqu&apos;à un jour (--until)
  accounting reopen             rouvrir une période (--until DATE ou none, --reason)
  accounting post               passer au journal ce qui a été validé avant la comptabilité
  accounting chart              le plan comptable (--number et --label ajoutent ou renomment un compte, --json)
  sync                          se connecte (--server, --user, --password-file) ou reprend la session enregistrée, puis envoie et reçoit les modifications (--json)
  sync status                   la session, les opérations en attente, les conflits (--json)
  sync conflicts                la boîte des conflits (--json)
ID est l&apos;identifiant ou le numéro d&apos;un document.
payroll compute et from-cost n&apos;ont pas besoin de dossier&#xa0;; avec --store, ils partent de la situation de la coopérative.

La phrase secrète du dossier provient de --passphrase-file FICHIER ou de la variable COOPDESK_PASSPHRASE, jamais de la ligne de commande.
Code de sortie&#xa0;: 0 réussite, 1 échec (motif sur stderr), 2 ligne de commande incorrecte.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table (entrepreneurs list, alerts, invoice list, verify, payroll, sync).</source>
        <translation>Affiche du JSON au lieu d&apos;un tableau (entrepreneurs list, alerts, invoice list, verify, payroll, sync).</translation>
    </message>
    <message>
        <source>sync: the cooperative&apos;s server, e.g. https://coop.example.org.</source>
        <translation>sync&#xa0;: le serveur de la coopérative, par exemple https://coop.example.org.</translation>
    </message>
    <message>
        <source>sync: the login to sign in with (with --password-file).</source>
        <translation>sync&#xa0;: l&apos;identifiant de connexion (avec --password-file).</translation>
    </message>
    <message>
        <source>sync: read the server password from FILE.</source>
        <translation>sync&#xa0;: lit le mot de passe du serveur dans FICHIER.</translation>
    </message>
    <message>
        <source>Cannot read the password file: %1.</source>
        <translation>Impossible de lire le fichier du mot de passe&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The password file is empty.</source>
        <translation>Le fichier du mot de passe est vide.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Pending operations: %1</source>
        <translation>Opérations en attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Conflits ouverts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Aucun conflit ouvert.</translation>
    </message>
    <message>
        <source>#%1 %2/%3.%4: yours %5, server&apos;s %6 (%7)</source>
        <translation>n° %1 %2/%3.%4&#xa0;: votre valeur %5, celle du serveur %6 (%7)</translation>
    </message>
    <message>
        <source>sync takes no action (sync now), or status, or conflicts.</source>
        <translation>sync s&apos;emploie sans action (synchroniser maintenant), ou avec status, ou conflicts.</translation>
    </message>
    <message>
        <source>sync %1 takes no --server, --user or --password-file.</source>
        <translation>sync %1 n&apos;accepte ni --server, ni --user, ni --password-file.</translation>
    </message>
    <message>
        <source>sync: --user and --password-file go together.</source>
        <translation>sync&#xa0;: --user et --password-file vont ensemble.</translation>
    </message>
    <message>
        <source>sync: --user takes a login.</source>
        <translation>sync&#xa0;: --user attend un identifiant de connexion.</translation>
    </message>
    <message>
        <source>--server takes an address such as https://coop.example.org, not &quot;%1&quot;.</source>
        <translation>--server attend une adresse telle que https://coop.example.org, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>sync: --server URL is required to sign in.</source>
        <translation>sync&#xa0;: --server URL est obligatoire pour se connecter.</translation>
    </message>
    <message>
        <source>This store is not signed in to a server: give --server URL --user LOGIN --password-file FILE.</source>
        <translation>Ce dossier n&apos;est connecté à aucun serveur&#xa0;: indiquez --server URL --user IDENTIFIANT --password-file FICHIER.</translation>
    </message>
    <message>
        <source>Pushed %1 operation(s) (%2 rejected, %3 merged), pulled %4 change(s)</source>
        <translation>%1 opération(s) envoyée(s) (%2 rejetée(s), %3 fusionnée(s)), %4 modification(s) reçue(s)</translation>
    </message>
    <message>
        <source> and %1 snapshot row(s)</source>
        <translation> et %1 ligne(s) de copie complète</translation>
    </message>
    <message>
        <source>; cursor %1.</source>
        <translation>&#xa0;; curseur %1.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Impossible de lire le fichier du mot de passe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Do not run the server as root: PostgreSQL refuses it, and a network service should not have that power. Run it as an ordinary user (the packaged systemd unit uses the coopdesk user).</source>
        <translation>N&apos;exécutez pas le serveur en tant que root&#xa0;: PostgreSQL le refuse, et un service réseau ne doit pas avoir ce pouvoir. Exécutez-le en tant qu&apos;utilisateur ordinaire (l&apos;unité systemd fournie utilise l&apos;utilisateur coopdesk).</translation>
    </message>
    <message>
        <source>--listen expects HOST:PORT, e.g. 127.0.0.1:8443 (got &quot;%1&quot;).</source>
        <translation>--listen attend HÔTE:PORT, par exemple 127.0.0.1:8443 (reçu «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>--threads expects a number from 1 to 256.</source>
        <translation>--threads attend un nombre de 1 à 256.</translation>
    </message>
    <message>
        <source>coopdesk-server %1 listening on %2:%3 (PostgreSQL: %4)</source>
        <translation>coopdesk-server %1 à l&apos;écoute sur %2:%3 (PostgreSQL&#xa0;: %4)</translation>
    </message>
    <message>
        <source>coopdesk-server stopped.</source>
        <translation>coopdesk-server arrêté.</translation>
    </message>
    <message>
        <source>user expects add, grant, revoke-device or list.</source>
        <translation>user attend add, grant, revoke-device ou list.</translation>
    </message>
    <message>
        <source>usage: user add LOGIN --password-file FILE [--name NAME]</source>
        <translation>usage&#xa0;: user add IDENTIFIANT --password-file FICHIER [--name NOM]</translation>
    </message>
    <message>
        <source>usage: user grant LOGIN --tenant TENANT --role entrepreneur|accountant|admin [--activity ID]…</source>
        <translation>usage&#xa0;: user grant IDENTIFIANT --tenant COOPÉRATIVE --role entrepreneur|accountant|admin [--activity ID]…</translation>
    </message>
    <message>
        <source>usage: user revoke-device DEVICE [--reason TEXT]</source>
        <translation>usage&#xa0;: user revoke-device APPAREIL [--reason TEXTE]</translation>
    </message>
    <message>
        <source>revoked by an administrator</source>
        <translation>révoqué par un administrateur</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot; (add, grant, revoke-device, list).</source>
        <translation>Commande user inconnue «&#xa0;%1&#xa0;» (add, grant, revoke-device, list).</translation>
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
        <translation>Le serveur de la coopérative CoopDesk.

Commandes&#xa0;:
  serve                        exécute le serveur (par défaut)
  migrate                      crée ou met à jour le schéma de la base de données, puis s&apos;arrête
  user add IDENTIFIANT         ajoute un utilisateur (--password-file, --name)
  user grant IDENTIFIANT       attribue un rôle dans une coopérative (--tenant, --role, --activity)
  user revoke-device APPAREIL  révoque un appareil (--reason)
  user list                    liste les utilisateurs, les rôles et les appareils (--json)</translation>
    </message>
    <message>
        <source>serve, migrate or user …</source>
        <translation>serve, migrate ou user …</translation>
    </message>
    <message>
        <source>The server&apos;s data folder (its private PostgreSQL lives there).</source>
        <translation>Le dossier de données du serveur (son PostgreSQL privé s&apos;y trouve).</translation>
    </message>
    <message>
        <source>Use this PostgreSQL instead (postgresql://user@host:port/db).</source>
        <translation>Utiliser plutôt ce PostgreSQL (postgresql://user@host:port/db).</translation>
    </message>
    <message>
        <source>Address and port to listen on.</source>
        <translation>Adresse et port d&apos;écoute.</translation>
    </message>
    <message>
        <source>Worker threads: devices served at once, each with its own database connection.</source>
        <translation>Threads de travail&#xa0;: appareils servis simultanément, chacun avec sa propre connexion à la base de données.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (or put nginx in front).</source>
        <translation>Servir en HTTPS avec ce certificat PEM (ou placer nginx en frontal).</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key.</source>
        <translation>La clé privée PEM du certificat.</translation>
    </message>
    <message>
        <source>user add: read the password from this file (- for stdin).</source>
        <translation>user add&#xa0;: lit le mot de passe dans ce fichier (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>user add: the person&apos;s name.</source>
        <translation>user add&#xa0;: le nom de la personne.</translation>
    </message>
    <message>
        <source>user grant: the cooperative (its store&apos;s tenant id).</source>
        <translation>user grant&#xa0;: la coopérative (l&apos;identifiant de coopérative de son dossier).</translation>
    </message>
    <message>
        <source>user grant: entrepreneur, accountant or admin.</source>
        <translation>user grant&#xa0;: entrepreneur, accountant ou admin.</translation>
    </message>
    <message>
        <source>user grant: an activity of the role (repeat for a portfolio).</source>
        <translation>user grant&#xa0;: une activité du rôle (à répéter pour un portefeuille).</translation>
    </message>
    <message>
        <source>user revoke-device: why, kept with the device.</source>
        <translation>user revoke-device&#xa0;: le motif, conservé avec l&apos;appareil.</translation>
    </message>
    <message>
        <source>user list: print JSON.</source>
        <translation>user list&#xa0;: affiche du JSON.</translation>
    </message>
    <message>
        <source>Language of the messages: fr or en.</source>
        <translation>Langue des messages&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>Schema version %1.</source>
        <translation>Version du schéma %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (serve, migrate, user).</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;» (serve, migrate, user).</translation>
    </message>
    <message>
        <source>The document is already validated.</source>
        <translation>Le document est déjà validé.</translation>
    </message>
    <message>
        <source>%1 waits for the server to validate it: it can no longer be changed.</source>
        <translation>%1 attend la validation du serveur&#xa0;: modification impossible.</translation>
    </message>
    <message>
        <source>%1 waits for the server to validate it: it cannot be deleted.</source>
        <translation>%1 attend la validation du serveur&#xa0;: suppression impossible.</translation>
    </message>
    <message>
        <source>a text is required</source>
        <translation>un texte est requis</translation>
    </message>
    <message>
        <source>true or false is required</source>
        <translation>true ou false est requis</translation>
    </message>
    <message>
        <source>a value is required (null when there is none)</source>
        <translation>une valeur est requise (null s&apos;il n&apos;y en a pas)</translation>
    </message>
    <message>
        <source>a list is required</source>
        <translation>une liste est requise</translation>
    </message>
    <message>
        <source>an applied operation has no conflicts</source>
        <translation>une opération appliquée n&apos;a pas de conflits</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (expected applied, merged or rejected)</source>
        <translation>statut inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: applied, merged ou rejected)</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>le serveur a répondu %1</translation>
    </message>
    <message>
        <source>Cannot read the sync session: %1</source>
        <translation>Impossible de lire la session de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save the sync session: %1</source>
        <translation>Impossible d&apos;enregistrer la session de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no tokens.</source>
        <translation>La réponse du serveur ne contient aucun jeton.</translation>
    </message>
    <message>
        <source>Cannot sign in:</source>
        <translation>Connexion impossible&#xa0;:</translation>
    </message>
    <message>
        <source>The account %1 has no role in this store&apos;s cooperative (%2) on the server.</source>
        <translation>Le compte %1 n&apos;a aucun rôle dans la coopérative de ce dossier (%2) sur le serveur.</translation>
    </message>
    <message>
        <source>Not signed in to the cooperative&apos;s server.</source>
        <translation>Non connecté au serveur de la coopérative.</translation>
    </message>
    <message>
        <source>No answer from the server: %1</source>
        <translation>Aucune réponse du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session could not be renewed; sign in again:</source>
        <translation>La session n&apos;a pas pu être renouvelée&#xa0;; reconnectez-vous&#xa0;:</translation>
    </message>
    <message>
        <source>The server refused the changes:</source>
        <translation>Le serveur a refusé les modifications&#xa0;:</translation>
    </message>
    <message>
        <source>The server and this store disagree on the order of this device&apos;s changes (%1). Was the store restored from a backup? Ask the support team.</source>
        <translation>Le serveur et ce dossier ne sont pas d&apos;accord sur l&apos;ordre des modifications de cet appareil (%1). Le dossier a-t-il été restauré à partir d&apos;une sauvegarde&#xa0;? Contactez l&apos;équipe d&apos;accompagnement.</translation>
    </message>
    <message>
        <source>The server acknowledged none of the changes.</source>
        <translation>Le serveur n&apos;a accusé réception d&apos;aucune modification.</translation>
    </message>
    <message>
        <source>Sync stopped.</source>
        <translation>Synchronisation arrêtée.</translation>
    </message>
    <message>
        <source>The server could not send its copy:</source>
        <translation>Le serveur n&apos;a pas pu envoyer sa copie&#xa0;:</translation>
    </message>
    <message>
        <source>The server could not send its changes:</source>
        <translation>Le serveur n&apos;a pas pu envoyer ses modifications&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read the conflict inbox: %1</source>
        <translation>Impossible de lire la boîte des conflits&#xa0;: %1</translation>
    </message>
    <message>
        <source>true or false cannot go in a text column</source>
        <translation>true ou false ne peut pas aller dans une colonne de texte</translation>
    </message>
    <message>
        <source>a number cannot go in a text column</source>
        <translation>un nombre ne peut pas aller dans une colonne de texte</translation>
    </message>
    <message>
        <source>a text cannot go in a number column (&quot;%1&quot;)</source>
        <translation>un texte ne peut pas aller dans une colonne numérique («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>a list or an object needs a text column</source>
        <translation>une liste ou un objet nécessite une colonne de texte</translation>
    </message>
    <message>
        <source>Cannot prepare a statement of sync:</source>
        <translation>Impossible de préparer une instruction de synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot list the store&apos;s tables:</source>
        <translation>Impossible de lister les tables du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>This store holds the cooperative &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Ce dossier contient la coopérative «&#xa0;%1&#xa0;», pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the outbox:</source>
        <translation>Impossible de lire la file d&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot defer the foreign keys:</source>
        <translation>Impossible de différer les clés étrangères&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot mark the transaction as a sync:</source>
        <translation>Impossible de marquer la transaction comme une synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot clear the sync mark:</source>
        <translation>Impossible d&apos;effacer la marque de synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot save what the server sent:</source>
        <translation>Impossible d&apos;enregistrer ce que le serveur a envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; refers to %3 &quot;%4&quot;, which does not exist; nothing was saved.</source>
        <translation>%1 «&#xa0;%2&#xa0;» fait référence à %3 «&#xa0;%4&#xa0;», qui n&apos;existe pas&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot;: this store has no such table</source>
        <translation>entité inconnue «&#xa0;%1&#xa0;»&#xa0;: ce dossier n&apos;a pas de telle table</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a synced entity (it has no id and version)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une entité synchronisée (elle n&apos;a ni id ni version)</translation>
    </message>
    <message>
        <source>Cannot read the local row:</source>
        <translation>Impossible de lire la ligne locale&#xa0;:</translation>
    </message>
    <message>
        <source>cannot remove the row: %1</source>
        <translation>impossible de supprimer la ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server&apos;s row cannot be stored: %1</source>
        <translation>la ligne du serveur ne peut pas être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the sync cursor:</source>
        <translation>Impossible de lire le curseur de synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot store the sync cursor:</source>
        <translation>Impossible d&apos;enregistrer le curseur de synchronisation&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) wait to be pushed: push them before replacing the device&apos;s copy.</source>
        <translation>
            <numerusform>%n opération attend d&apos;être envoyée&#xa0;: envoyez-la avant de remplacer la copie de l&apos;appareil.</numerusform>
            <numerusform>%n opérations attendent d&apos;être envoyées&#xa0;: envoyez-les avant de remplacer la copie de l&apos;appareil.</numerusform>
        </translation>
    </message>
    <message>
        <source>A cursor cannot be negative.</source>
        <translation>Un curseur ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The server answered operation %1 as number %2, but it is number %3 here; nothing was acknowledged.</source>
        <translation>Le serveur a répondu à l&apos;opération %1 sous le numéro %2, mais elle porte ici le numéro %3&#xa0;; aucun accusé de réception n&apos;a été pris en compte.</translation>
    </message>
    <message>
        <source>Another change reached the server first; the server kept its value.</source>
        <translation>Une autre modification est arrivée d&apos;abord au serveur&#xa0;; le serveur a gardé sa valeur.</translation>
    </message>
    <message>
        <source>The server refused the change.</source>
        <translation>Le serveur a refusé la modification.</translation>
    </message>
    <message>
        <source>Cannot store the conflict:</source>
        <translation>Impossible d&apos;enregistrer le conflit&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot remove the operation from the outbox:</source>
        <translation>Impossible de retirer l&apos;opération de la file d&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot store the server&apos;s answers:</source>
        <translation>Impossible d&apos;enregistrer les réponses du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot start the snapshot:</source>
        <translation>Impossible de commencer la copie complète&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read the snapshot:</source>
        <translation>Impossible de lire la copie complète&#xa0;:</translation>
    </message>
    <message>
        <source>No snapshot is in progress for &quot;%1&quot;.</source>
        <translation>Aucune copie complète n&apos;est en cours pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot record the snapshot&apos;s progress:</source>
        <translation>Impossible d&apos;enregistrer l&apos;avancement de la copie complète&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot remove the rows the snapshot did not send: %1</source>
        <translation>Impossible de supprimer les lignes que la copie complète n&apos;a pas envoyées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot close the snapshot:</source>
        <translation>Impossible de terminer la copie complète&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read the conflicts:</source>
        <translation>Impossible de lire les conflits&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read the conflict:</source>
        <translation>Impossible de lire le conflit&#xa0;:</translation>
    </message>
    <message>
        <source>Conflict %1 does not exist or is resolved already.</source>
        <translation>Le conflit %1 n&apos;existe pas ou est déjà résolu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a synced entity of this store.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une entité synchronisée de ce dossier.</translation>
    </message>
    <message>
        <source>Cannot read the row:</source>
        <translation>Impossible de lire la ligne&#xa0;:</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; any more.</source>
        <translation>%1 n&apos;a plus de champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; no longer exists; only the server&apos;s version can be kept.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;existe plus&#xa0;; seule la version du serveur peut être gardée.</translation>
    </message>
    <message>
        <source>Cannot close the conflict:</source>
        <translation>Impossible de clore le conflit&#xa0;:</translation>
    </message>
    <message>
        <source>no answer from the server</source>
        <translation>aucune réponse du serveur</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>This device (%1) has been cut off by the cooperative; sign in again.</source>
        <translation>Cet appareil (%1) a été révoqué par la coopérative&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Cannot read the memberships:</source>
        <translation>Impossible de lire les adhésions&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot; (expected entrepreneur, accountant or admin).</source>
        <translation>Rôle inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: entrepreneur, accountant ou admin).</translation>
    </message>
    <message>
        <source>A login cannot be empty or start or end with a space.</source>
        <translation>Un identifiant ne peut pas être vide, ni commencer ou se terminer par une espace.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Le mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Cannot add the user:</source>
        <translation>Impossible d&apos;ajouter l&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>A user &quot;%1&quot; exists already.</source>
        <translation>Un utilisateur «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The tenant cannot be empty.</source>
        <translation>La coopérative ne peut pas être vide.</translation>
    </message>
    <message>
        <source>An entrepreneur or an accountant needs at least one activity.</source>
        <translation>Un entrepreneur ou un comptable a besoin d&apos;au moins une activité.</translation>
    </message>
    <message>
        <source>An entrepreneur has exactly one activity.</source>
        <translation>Un entrepreneur a exactement une activité.</translation>
    </message>
    <message>
        <source>Cannot read the user:</source>
        <translation>Impossible de lire l&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot create the tenant:</source>
        <translation>Impossible de créer la coopérative&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot grant the role:</source>
        <translation>Impossible d&apos;attribuer le rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot revoke the device:</source>
        <translation>Impossible de révoquer l&apos;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>There is no device &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;appareil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot revoke the device&apos;s tokens:</source>
        <translation>Impossible de révoquer les jetons de l&apos;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot list the users:</source>
        <translation>Impossible de lister les utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot list the devices:</source>
        <translation>Impossible de lister les appareils&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot create the server key:</source>
        <translation>Impossible de créer la clé du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read the server key:</source>
        <translation>Impossible de lire la clé du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot store the refresh token:</source>
        <translation>Impossible d&apos;enregistrer le jeton de renouvellement&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot spend the refresh token:</source>
        <translation>Impossible d&apos;utiliser le jeton de renouvellement&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot update the device:</source>
        <translation>Impossible de mettre à jour l&apos;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>A device id is required.</source>
        <translation>Un identifiant d&apos;appareil est requis.</translation>
    </message>
    <message>
        <source>Cannot register the device:</source>
        <translation>Impossible d&apos;enregistrer l&apos;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read the device:</source>
        <translation>Impossible de lire l&apos;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>This device belongs to another user.</source>
        <translation>Cet appareil appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <source>Cannot read the refresh token:</source>
        <translation>Impossible de lire le jeton de renouvellement&#xa0;:</translation>
    </message>
    <message>
        <source>The refresh token is not valid; sign in again.</source>
        <translation>Le jeton de renouvellement n&apos;est pas valide&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The session has expired; sign in again.</source>
        <translation>La session a expiré&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>This refresh request was already answered.</source>
        <translation>Cette demande de renouvellement a déjà reçu une réponse.</translation>
    </message>
    <message>
        <source>The access token is not valid.</source>
        <translation>Le jeton d&apos;accès n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>Le corps n&apos;est pas du JSON&#xa0;: %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Le corps doit être un objet JSON.</translation>
    </message>
    <message>
        <source>A text cannot hold the character U+0000.</source>
        <translation>Un texte ne peut pas contenir le caractère U+0000.</translation>
    </message>
    <message>
        <source>There is no %1 here.</source>
        <translation>Il n&apos;y a pas de %1 ici.</translation>
    </message>
    <message>
        <source>This server speaks protocol %1; the request said &quot;%2&quot;. Update CoopDesk.</source>
        <translation>Ce serveur parle le protocole %1&#xa0;; la requête indiquait «&#xa0;%2&#xa0;». Mettez CoopDesk à jour.</translation>
    </message>
    <message>
        <source>An access token is required.</source>
        <translation>Un jeton d&apos;accès est requis.</translation>
    </message>
    <message>
        <source>Cannot lock the tenant&apos;s clock:</source>
        <translation>Impossible de verrouiller l&apos;horloge de la coopérative&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s clock:</source>
        <translation>Impossible de lire l&apos;horloge du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read the closed period:</source>
        <translation>Impossible de lire la période clôturée&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot create the counter %1:</source>
        <translation>Impossible de créer le compteur %1&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read the credit notes of %1:</source>
        <translation>Impossible de lire les avoirs de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read the hash chain:</source>
        <translation>Impossible de lire la chaîne d&apos;empreintes&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot extend the hash chain:</source>
        <translation>Impossible de prolonger la chaîne d&apos;empreintes&#xa0;:</translation>
    </message>
    <message>
        <source>the server has no such document</source>
        <translation>le serveur n&apos;a pas ce document</translation>
    </message>
    <message>
        <source>forbidden: activity %1 is outside your role</source>
        <translation>interdit&#xa0;: l&apos;activité %1 est hors de votre rôle</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid: validate_invoice issues invoices; this is a credit note</source>
        <translation>invalide&#xa0;: validate_invoice émet des factures&#xa0;; ceci est un avoir</translation>
    </message>
    <message>
        <source>invalid: issue_credit_note issues credit notes; this is an invoice</source>
        <translation>invalide&#xa0;: issue_credit_note émet des avoirs&#xa0;; ceci est une facture</translation>
    </message>
    <message>
        <source>immutable: already validated as %1</source>
        <translation>immuable&#xa0;: déjà validé sous le numéro %1</translation>
    </message>
    <message>
        <source>invalid: the cooperative&apos;s settings are not on the server</source>
        <translation>invalide&#xa0;: les paramètres de la coopérative ne sont pas sur le serveur</translation>
    </message>
    <message>
        <source>invalid: the activity &quot;%1&quot; is not on the server</source>
        <translation>invalide&#xa0;: l&apos;activité «&#xa0;%1&#xa0;» n&apos;est pas sur le serveur</translation>
    </message>
    <message>
        <source>invalid: the customer &quot;%1&quot; is not on the server</source>
        <translation>invalide&#xa0;: le client «&#xa0;%1&#xa0;» n&apos;est pas sur le serveur</translation>
    </message>
    <message>
        <source>Cannot lock the series %1:</source>
        <translation>Impossible de verrouiller la série %1&#xa0;:</translation>
    </message>
    <message>
        <source>closed: the period is closed until %1</source>
        <translation>clôturé&#xa0;: la période est clôturée jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Cannot draw a number from %1:</source>
        <translation>Impossible de tirer un numéro de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot date the series %1:</source>
        <translation>Impossible de dater la série %1&#xa0;:</translation>
    </message>
    <message>
        <source>forbidden: only an administrator or an accountant closes a period</source>
        <translation>interdit&#xa0;: seul un administrateur ou un comptable clôture une période</translation>
    </message>
    <message>
        <source>invalid: until: a date YYYY-MM-DD is expected</source>
        <translation>invalide&#xa0;: until&#xa0;: une date AAAA-MM-JJ est attendue</translation>
    </message>
    <message>
        <source>invalid: the period is already closed until %1; it is not reopened by closing an earlier date</source>
        <translation>invalide&#xa0;: la période est déjà clôturée jusqu&apos;au %1&#xa0;; clôturer à une date antérieure ne la rouvre pas</translation>
    </message>
    <message>
        <source>Cannot close the period:</source>
        <translation>Impossible de clôturer la période&#xa0;:</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>link %1 follows link %2</source>
        <translation>le maillon %1 suit le maillon %2</translation>
    </message>
    <message>
        <source>link %1 (%2) does not follow the previous link</source>
        <translation>le maillon %1 (%2) ne suit pas le maillon précédent</translation>
    </message>
    <message>
        <source>link %1 (%2) does not match its own content</source>
        <translation>le maillon %1 (%2) ne correspond pas à son propre contenu</translation>
    </message>
    <message>
        <source>document %1 (link %2) has been removed</source>
        <translation>le document %1 (maillon %2) a été supprimé</translation>
    </message>
    <message>
        <source>document %1 can no longer be read: %2</source>
        <translation>le document %1 ne peut plus être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>document %1 has been altered since it was issued</source>
        <translation>le document %1 a été modifié depuis son émission</translation>
    </message>
    <message>
        <source>Cannot read the documents:</source>
        <translation>Impossible de lire les documents&#xa0;:</translation>
    </message>
    <message>
        <source>document %1 is validated but not in the chain</source>
        <translation>le document %1 est validé mais absent de la chaîne</translation>
    </message>
    <message>
        <source>Cannot read the numbers:</source>
        <translation>Impossible de lire les numéros&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read the counters:</source>
        <translation>Impossible de lire les compteurs&#xa0;:</translation>
    </message>
    <message>
        <source>counter %1: %2</source>
        <translation>compteur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>counter %1: numbers %2 to %3 were drawn but no document carries them</source>
        <translation>compteur %1&#xa0;: les numéros %2 à %3 ont été tirés mais aucun document ne les porte</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium n&apos;a pas pu être initialisée.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Mémoire insuffisante pour calculer l&apos;empreinte du mot de passe.</translation>
    </message>
    <message>
        <source>The access token has expired.</source>
        <translation>Le jeton d&apos;accès a expiré.</translation>
    </message>
    <message>
        <source>Cannot switch to the server&apos;s role:</source>
        <translation>Impossible de passer au rôle du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot prepare a statement:</source>
        <translation>Impossible de préparer une instruction&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot configure the session:</source>
        <translation>Impossible de configurer la session&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot create the role %1:</source>
        <translation>Impossible de créer le rôle %1&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot grant the role %1:</source>
        <translation>Impossible d&apos;accorder le rôle %1&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot create the migrations table:</source>
        <translation>Impossible de créer la table des migrations&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot lock the schema:</source>
        <translation>Impossible de verrouiller le schéma&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read the schema version:</source>
        <translation>Impossible de lire la version du schéma&#xa0;:</translation>
    </message>
    <message>
        <source>Server migration %1 (%2) failed:</source>
        <translation>La migration %1 (%2) du serveur a échoué&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot record migration %1:</source>
        <translation>Impossible d&apos;enregistrer la migration %1&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot commit migration %1: %2</source>
        <translation>Impossible de valider la migration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction:</source>
        <translation>Impossible de démarrer une transaction&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Cannot set the request&apos;s user:</source>
        <translation>Impossible de définir l&apos;utilisateur de la requête&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Impossible de valider la transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1 or its key %2.</source>
        <translation>Impossible de lire le certificat TLS %1 ou sa clé %2.</translation>
    </message>
    <message>
        <source>This build has no TLS; put nginx in front.</source>
        <translation>Cette version est compilée sans TLS&#xa0;; placez nginx en frontal.</translation>
    </message>
    <message>
        <source>Cannot listen on %1.</source>
        <translation>Impossible d&apos;écouter sur %1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (in use, or not allowed).</source>
        <translation>Impossible d&apos;écouter sur %1:%2 (port occupé ou non autorisé).</translation>
    </message>
    <message>
        <source>Cannot give %1 to the user %2: %3</source>
        <translation>Impossible de donner %1 à l&apos;utilisateur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 does not hold PostgreSQL&apos;s initdb and postgres programs.</source>
        <translation>%1 ne contient pas les programmes initdb et postgres de PostgreSQL.</translation>
    </message>
    <message>
        <source>COOP_PG_BINDIR (%1) does not hold PostgreSQL&apos;s initdb and postgres programs.</source>
        <translation>COOP_PG_BINDIR (%1) ne contient pas les programmes initdb et postgres de PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s server programs (initdb, postgres) were not found in PATH, through pg_config or in /usr/lib/postgresql/&lt;version&gt;/bin. Install the server (Debian: apt install postgresql) or set COOP_PG_BINDIR.</source>
        <translation>Les programmes serveur de PostgreSQL (initdb, postgres) sont introuvables dans le PATH, par pg_config ou dans /usr/lib/postgresql/&lt;version&gt;/bin. Installez le serveur (Debian&#xa0;: apt install postgresql) ou définissez COOP_PG_BINDIR.</translation>
    </message>
    <message>
        <source>The PostgreSQL cluster needs a folder to live in.</source>
        <translation>Le cluster PostgreSQL a besoin d&apos;un dossier où résider.</translation>
    </message>
    <message>
        <source>The cluster&apos;s superuser needs a name of 1 to 63 bytes.</source>
        <translation>Le superutilisateur du cluster doit avoir un nom de 1 à 63 octets.</translation>
    </message>
    <message>
        <source>The cluster&apos;s port must be from 1 to 65535, not %1.</source>
        <translation>Le port du cluster doit être compris entre 1 et 65535, pas %1.</translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root, and so does CoopDesk&apos;s private cluster: run this program as an ordinary user, or name the system user PostgreSQL should run as (for example “postgres”).</source>
        <translation>PostgreSQL refuse de s&apos;exécuter en tant que root, tout comme le cluster privé de CoopDesk&#xa0;: exécutez ce programme en tant qu&apos;utilisateur ordinaire, ou indiquez l&apos;utilisateur système sous lequel PostgreSQL doit s&apos;exécuter (par exemple «&#xa0;postgres&#xa0;»).</translation>
    </message>
    <message>
        <source>PostgreSQL cannot run as root: name another system user to run it as.</source>
        <translation>PostgreSQL ne peut pas s&apos;exécuter en tant que root&#xa0;: indiquez un autre utilisateur système pour l&apos;exécuter.</translation>
    </message>
    <message>
        <source>There is no system user named “%1” to run PostgreSQL as.</source>
        <translation>Il n&apos;y a aucun utilisateur système nommé «&#xa0;%1&#xa0;» sous lequel exécuter PostgreSQL.</translation>
    </message>
    <message>
        <source>The user “%1” has root&apos;s identity; PostgreSQL cannot run as it.</source>
        <translation>L&apos;utilisateur «&#xa0;%1&#xa0;» a l&apos;identité de root&#xa0;; PostgreSQL ne peut pas s&apos;exécuter sous cet utilisateur.</translation>
    </message>
    <message>
        <source>runuser (util-linux) is needed to run PostgreSQL as “%1” and was not found.</source>
        <translation>runuser (util-linux) est nécessaire pour exécuter PostgreSQL en tant que «&#xa0;%1&#xa0;» et est introuvable.</translation>
    </message>
    <message>
        <source>Only root can run PostgreSQL as another user (“%1”); this program runs as “%2”, which PostgreSQL accepts: leave the user empty.</source>
        <translation>Seul root peut exécuter PostgreSQL en tant qu&apos;un autre utilisateur («&#xa0;%1&#xa0;»)&#xa0;; ce programme s&apos;exécute en tant que «&#xa0;%2&#xa0;», ce que PostgreSQL accepte&#xa0;: laissez l&apos;utilisateur vide.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for PostgreSQL.</source>
        <translation>Impossible de créer le dossier %1 pour PostgreSQL.</translation>
    </message>
    <message>
        <source>The cluster in %1 was created by PostgreSQL %2 but the programs in %3 are PostgreSQL %4: install PostgreSQL %2 (or upgrade the cluster with pg_upgrade).</source>
        <translation>Le cluster de %1 a été créé par PostgreSQL %2, mais les programmes de %3 sont ceux de PostgreSQL %4&#xa0;: installez PostgreSQL %2 (ou mettez le cluster à niveau avec pg_upgrade).</translation>
    </message>
    <message>
        <source>Cannot create the socket folder %1.</source>
        <translation>Impossible de créer le dossier de socket %1.</translation>
    </message>
    <message>
        <source>The socket path in %1 would be %2 bytes long, more than the %3 a Unix socket allows, and no folder could be made in %4 instead: %5</source>
        <translation>Le chemin du socket dans %1 ferait %2 octets, plus que les %3 permis pour un socket Unix, et aucun dossier n&apos;a pu être créé dans %4 à la place&#xa0;: %5</translation>
    </message>
    <message>
        <source>A Unix socket path is at most %1 bytes: both %2 and %3 are too long for PostgreSQL&apos;s socket. Use a shorter data folder or TMPDIR.</source>
        <translation>Le chemin d&apos;un socket Unix fait au plus %1 octets&#xa0;: %2 et %3 sont tous deux trop longs pour le socket de PostgreSQL. Utilisez un dossier de données ou un TMPDIR plus court.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s socket is in %1: in the data folder its path would be %2 bytes long, more than the %3 a Unix socket allows.</source>
        <translation>Le socket de PostgreSQL est dans %1&#xa0;: dans le dossier de données, son chemin ferait %2 octets, plus que les %3 permis pour un socket Unix.</translation>
    </message>
    <message>
        <source>The user “%1” cannot write in %2 (or %3): every folder above them must be searchable by that user (chmod o+x).%4</source>
        <translation>L&apos;utilisateur «&#xa0;%1&#xa0;» ne peut pas écrire dans %2 (ni dans %3)&#xa0;: chaque dossier parent doit être traversable par cet utilisateur (chmod o+x).%4</translation>
    </message>
    <message>
        <source>%1 holds files but no PostgreSQL cluster (no PG_VERSION), perhaps from an interrupted first start: move it away or empty it, then start again.</source>
        <translation>%1 contient des fichiers mais aucun cluster PostgreSQL (pas de PG_VERSION), peut-être à la suite d&apos;un premier démarrage interrompu&#xa0;: déplacez-le ou videz-le, puis relancez.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Impossible d&apos;exécuter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>stopped after %1 s</source>
        <translation>arrêté au bout de %1 s</translation>
    </message>
    <message>
        <source>initdb could not create the cluster in %1 (%2):
%3</source>
        <translation>initdb n&apos;a pas pu créer le cluster dans %1 (%2)&#xa0;:
%3</translation>
    </message>
    <message>
        <source>A PostgreSQL server (process %1) is already running on %2, started by another program or an earlier run that is still alive. Stop it first (pg_ctl stop -D %2), or give this program its URL instead.</source>
        <translation>Un serveur PostgreSQL (processus %1) tourne déjà sur %2, lancé par un autre programme ou par une exécution précédente toujours active. Arrêtez-le d&apos;abord (pg_ctl stop -D %2), ou indiquez plutôt son URL à ce programme.</translation>
    </message>
    <message>
        <source>Cannot remove the stale %1 left by a server that is no longer running.</source>
        <translation>Impossible de supprimer le fichier périmé %1 laissé par un serveur qui ne tourne plus.</translation>
    </message>
    <message>
        <source>PostgreSQL stopped while starting in %1 (exit code %2). The end of its log (%3):
%4</source>
        <translation>PostgreSQL s&apos;est arrêté pendant son démarrage dans %1 (code de sortie %2). La fin de son journal (%3)&#xa0;:
%4</translation>
    </message>
    <message>
        <source>The server does not answer:</source>
        <translation>Le serveur ne répond pas&#xa0;:</translation>
    </message>
    <message>
        <source>PostgreSQL did not accept connections on %1 within %2 s.%3 The end of its log (%4):
%5</source>
        <translation>PostgreSQL n&apos;a pas accepté de connexions sur %1 en %2 s.%3 La fin de son journal (%4)&#xa0;:
%5</translation>
    </message>
    <message>
        <source>(no log)</source>
        <translation>(pas de journal)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>PostgreSQL did not stop within %1 s and was stopped at once; the next start recovers from its log. The end of its log (%2):
%3</source>
        <translation>PostgreSQL ne s&apos;est pas arrêté en %1 s et a été arrêté immédiatement&#xa0;; le prochain démarrage effectuera une récupération à partir de son journal. La fin de son journal (%2)&#xa0;:
%3</translation>
    </message>
    <message>
        <source>PostgreSQL did not stop within %1 s and was killed: %2</source>
        <translation>PostgreSQL ne s&apos;est pas arrêté en %1 s et a été tué&#xa0;: %2</translation>
    </message>
    <message>
        <source>A PostgreSQL database name has 1 to 63 bytes: “%1” does not.</source>
        <translation>Un nom de base de données PostgreSQL compte de 1 à 63 octets&#xa0;: ce n&apos;est pas le cas de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot create the database “%1”: the cluster in %2 is not running.</source>
        <translation>Impossible de créer la base de données «&#xa0;%1&#xa0;»&#xa0;: le cluster de %2 n&apos;est pas démarré.</translation>
    </message>
    <message>
        <source>Cannot look for the database “%1”: %2</source>
        <translation>Impossible de rechercher la base de données «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the database “%1”:</source>
        <translation>Impossible de créer la base de données «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>The %1 in the PostgreSQL URL has a malformed percent sign: write “%” and two hexadecimal digits of UTF-8, e.g. %2 for @.</source>
        <translation>Le champ %1 de l&apos;URL PostgreSQL contient un signe pourcent mal formé&#xa0;: écrivez «&#xa0;%&#xa0;» suivi de deux chiffres hexadécimaux de l&apos;UTF-8, par exemple %2 pour @.</translation>
    </message>
    <message>
        <source>The port “%1” in the PostgreSQL URL is not a number from 1 to 65535.</source>
        <translation>Le port «&#xa0;%1&#xa0;» de l&apos;URL PostgreSQL n&apos;est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names several hosts; CoopDesk connects to one server: keep a single host.</source>
        <translation>L&apos;URL PostgreSQL indique plusieurs hôtes&#xa0;; CoopDesk se connecte à un seul serveur&#xa0;: ne gardez qu&apos;un hôte.</translation>
    </message>
    <message>
        <source>(named after the user)</source>
        <translation>(du nom de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>(the system user)</source>
        <translation>(l&apos;utilisateur système)</translation>
    </message>
    <message>
        <source>the default local socket, port %1</source>
        <translation>le socket local par défaut, port %1</translation>
    </message>
    <message>
        <source>the socket folder %1, port %2</source>
        <translation>le dossier de socket %1, port %2</translation>
    </message>
    <message>
        <source>host %1, port %2</source>
        <translation>hôte %1, port %2</translation>
    </message>
    <message>
        <source>database “%1” on %2 as user “%3”</source>
        <translation>base de données «&#xa0;%1&#xa0;» sur %2 en tant qu&apos;utilisateur «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>A PostgreSQL URL starts with postgresql:// or postgres://, e.g. postgresql://user@host:5432/database.</source>
        <translation>Une URL PostgreSQL commence par postgresql:// ou postgres://, par exemple postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>The IPv6 address in the PostgreSQL URL lacks its closing bracket “]”.</source>
        <translation>Il manque le crochet fermant «&#xa0;]&#xa0;» à l&apos;adresse IPv6 de l&apos;URL PostgreSQL.</translation>
    </message>
    <message>
        <source>Only “:port” may follow the IPv6 address in the PostgreSQL URL.</source>
        <translation>Seul «&#xa0;:port&#xa0;» peut suivre l&apos;adresse IPv6 dans l&apos;URL PostgreSQL.</translation>
    </message>
    <message>
        <source>The host in the PostgreSQL URL has several colons: write an IPv6 address in brackets, e.g. [::1]:5432.</source>
        <translation>L&apos;hôte de l&apos;URL PostgreSQL contient plusieurs deux-points&#xa0;: écrivez une adresse IPv6 entre crochets, par exemple [::1]:5432.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>nom de la base de données</translation>
    </message>
    <message>
        <source>The parameter “%1” in the PostgreSQL URL&apos;s query has no value: write name=value.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» de la requête de l&apos;URL PostgreSQL n&apos;a pas de valeur&#xa0;: écrivez nom=valeur.</translation>
    </message>
    <message>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>parameter “%1”</source>
        <translation>paramètre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The parameter “%1” in the PostgreSQL URL cannot contain “;”.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» de l&apos;URL PostgreSQL ne peut pas contenir «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has a parameter “%1” that libpq does not know.</source>
        <translation>L&apos;URL PostgreSQL contient un paramètre «&#xa0;%1&#xa0;» que libpq ne connaît pas.</translation>
    </message>
    <message>
        <source>A database connection named “%1” is open already.</source>
        <translation>Une connexion à la base de données nommée «&#xa0;%1&#xa0;» est déjà ouverte.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install it (Debian: libqt6sql6-psql) to connect to %1.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé&#xa0;: installez-le (Debian&#xa0;: libqt6sql6-psql) pour vous connecter à %1.</translation>
    </message>
    <message>
        <source>The connection parameter “%1” cannot contain “;”.</source>
        <translation>Le paramètre de connexion «&#xa0;%1&#xa0;» ne peut pas contenir «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL, %1: %2</source>
        <translation>Impossible de se connecter à PostgreSQL, %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>invalid: an activity id has at most %1 characters</source>
        <translation>invalide&#xa0;: un identifiant d&apos;activité compte au plus %1 caractères</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; refers to %3 &quot;%4&quot;, which the server does not have.</source>
        <translation>%1 «&#xa0;%2&#xa0;» fait référence à %3 «&#xa0;%4&#xa0;», que le serveur n&apos;a pas.</translation>
    </message>
    <message>
        <source>Cannot read the rows of the push:</source>
        <translation>Impossible de lire les lignes de l&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read %1 &quot;%2&quot;:</source>
        <translation>Impossible de lire %1 «&#xa0;%2&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot number the change:</source>
        <translation>Impossible de numéroter la modification&#xa0;:</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; for this user.</source>
        <translation>Il n&apos;y a pas de coopérative «&#xa0;%1&#xa0;» pour cet utilisateur.</translation>
    </message>
    <message>
        <source>Cannot write the rows of the push:</source>
        <translation>Impossible d&apos;écrire les lignes de l&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <source>forbidden: the cooperative&apos;s %1 is edited by the support team</source>
        <translation>interdit&#xa0;: %1 de la coopérative est modifié par l&apos;équipe d&apos;accompagnement</translation>
    </message>
    <message>
        <source>forbidden: %1 is edited by the support team</source>
        <translation>interdit&#xa0;: %1 est modifié par l&apos;équipe d&apos;accompagnement</translation>
    </message>
    <message>
        <source>forbidden: only the support team validates a %1</source>
        <translation>interdit&#xa0;: seule l&apos;équipe d&apos;accompagnement valide %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entity</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une entité</translation>
    </message>
    <message>
        <source>invalid: an id has at most %1 characters</source>
        <translation>invalide&#xa0;: un identifiant compte au plus %1 caractères</translation>
    </message>
    <message>
        <source>the server has no such row</source>
        <translation>le serveur n&apos;a pas cette ligne</translation>
    </message>
    <message>
        <source>immutable: a validated document cannot be deleted</source>
        <translation>immuable&#xa0;: un document validé ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>changed on the server since; not deleted</source>
        <translation>modifié depuis sur le serveur&#xa0;; non supprimé</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>supprimé sur le serveur</translation>
    </message>
    <message>
        <source>immutable: a validated document cannot be changed</source>
        <translation>immuable&#xa0;: un document validé ne peut pas être modifié</translation>
    </message>
    <message>
        <source>You are not a member of &quot;%1&quot;.</source>
        <translation>Vous n&apos;êtes pas membre de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the change log:</source>
        <translation>Impossible de lire le journal des modifications&#xa0;:</translation>
    </message>
    <message>
        <source>The device of the push is not the device of the token.</source>
        <translation>L&apos;appareil de l&apos;envoi n&apos;est pas celui du jeton.</translation>
    </message>
    <message>
        <source>a list of operations is required</source>
        <translation>une liste d&apos;opérations est requise</translation>
    </message>
    <message>
        <source>At most %1 operations per push.</source>
        <translation>Au plus %1 opérations par envoi.</translation>
    </message>
    <message>
        <source>The operation is for tenant &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>L&apos;opération concerne la coopérative «&#xa0;%1&#xa0;», pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the device&apos;s progress:</source>
        <translation>Impossible de lire l&apos;avancement de l&apos;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read the applied operations:</source>
        <translation>Impossible de lire les opérations appliquées&#xa0;:</translation>
    </message>
    <message>
        <source>expected operation %1 of this device first</source>
        <translation>l&apos;opération %1 de cet appareil était attendue d&apos;abord</translation>
    </message>
    <message>
        <source>The cursor cannot be negative.</source>
        <translation>Le curseur ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The changes after %1 are no longer kept; a snapshot is needed.</source>
        <translation>Les modifications postérieures à %1 ne sont plus conservées&#xa0;; une copie complète est nécessaire.</translation>
    </message>
    <message>
        <source>expected entity/id</source>
        <translation>entité/id attendu</translation>
    </message>
    <message>
        <source>Cannot read the rows:</source>
        <translation>Impossible de lire les lignes&#xa0;:</translation>
    </message>
    <message>
        <source>a lowercase SHA-256 in hexadecimal is expected</source>
        <translation>un SHA-256 hexadécimal en minuscules est attendu</translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes.</source>
        <translation>Le fichier dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The bytes sent do not have this SHA-256.</source>
        <translation>Les octets envoyés n&apos;ont pas ce SHA-256.</translation>
    </message>
    <message>
        <source>Activity %1 is outside your role.</source>
        <translation>L&apos;activité %1 est hors de votre rôle.</translation>
    </message>
    <message>
        <source>Cannot store the file:</source>
        <translation>Impossible d&apos;enregistrer le fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read the file:</source>
        <translation>Impossible de lire le fichier&#xa0;:</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot prune the change log:</source>
        <translation>Impossible d&apos;élaguer le journal des modifications&#xa0;:</translation>
    </message>
    <message>
        <source>The sync has no access to the store.</source>
        <translation>La synchronisation n&apos;a pas accès au dossier.</translation>
    </message>
    <message>
        <source>The account %1 has no role in any cooperative on this server.</source>
        <translation>Le compte&#xa0;%1 n&apos;a de rôle dans aucune coopérative de ce serveur.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Rôle inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the person&apos;s role: %1</source>
        <translation>Impossible de lire le rôle de la personne&#xa0;:&#xa0;%1</translation>
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
        <translation>&amp;Balance générale</translation>
    </message>
    <message>
        <source>Period c&amp;losing</source>
        <translation>C&amp;lôture de période</translation>
    </message>
    <message>
        <source>Accountant&apos;s CS&amp;V…</source>
        <extracomment>Opens the export of the entries for the chartered accountant</extracomment>
        <translation>CS&amp;V pour l&apos;expert-comptable…</translation>
    </message>
    <message>
        <source>&amp;FEC…</source>
        <translation>&amp;FEC…</translation>
    </message>
    <message>
        <source>The fichier des écritures comptables of a fiscal year</source>
        <translation>Le fichier des écritures comptables d&apos;un exercice</translation>
    </message>
</context>
<context>
    <name>coop::ui::AccountingReports</name>
    <message>
        <source>The general ledger has %1 lines, more than a PDF can hold (%2): choose a longer account number or export it as CSV.</source>
        <extracomment>%1 is a number of lines, %2 the limit</extracomment>
        <translation>Le grand livre compte %1 lignes, plus qu&apos;un PDF ne peut en contenir (%2)&#xa0;: choisissez un numéro de compte plus long ou exportez-le en CSV.</translation>
    </message>
    <message>
        <source>Trial balance — %1</source>
        <extracomment>The title of the trial balance&apos;s PDF</extracomment>
        <translation>Balance générale — %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <extracomment>Under the trial balance&apos;s title; %1 and %2 are dates</extracomment>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>analytic code %1</source>
        <extracomment>Appended to the trial balance&apos;s subtitle when an analytic code filters it</extracomment>
        <translation>code analytique %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Opening debit</source>
        <translation>À-nouveaux débit</translation>
    </message>
    <message>
        <source>Opening credit</source>
        <translation>À-nouveaux crédit</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Balance debit</source>
        <translation>Solde débiteur</translation>
    </message>
    <message>
        <source>Balance credit</source>
        <translation>Solde créditeur</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>General ledger — %1</source>
        <extracomment>The title of the general ledger&apos;s PDF</extracomment>
        <translation>Grand livre — %1</translation>
    </message>
    <message>
        <source>accounts %1…</source>
        <extracomment>In the general ledger&apos;s subtitle: the accounts it covers</extracomment>
        <translation>comptes %1…</translation>
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
        <translation>N°</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Analytic</source>
        <translation>Analytique</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
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
        <translation>Solde antérieur</translation>
    </message>
    <message>
        <source>Total %1</source>
        <extracomment>The subtotal row of an account in the general ledger</extracomment>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Trial balance on %1</source>
        <translation>Balance générale au %1</translation>
    </message>
    <message>
        <source>General ledger on %1</source>
        <translation>Grand livre au %1</translation>
    </message>
    <message>
        <source>General ledger</source>
        <translation>Grand livre</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
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
        <translation>Alerte</translation>
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
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>coop::ui::AlertsPage</name>
    <message>
        <source>The alerts cannot be read: %1</source>
        <translation>Les alertes ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract alerts</source>
        <translation>Alertes sur les contrats</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>No alert on this date.</source>
        <translation>Aucune alerte à cette date.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
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
        <translation>Articles du catalogue</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation>Prix unitaire HT</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Revenue account</source>
        <translation>Compte de produits</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The catalogue cannot be read: %1</source>
        <translation>Le catalogue ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>B&amp;ring back</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>coop::ui::CatalogItemDialog</name>
    <message>
        <source>New catalogue item</source>
        <translation>Nouvel article de catalogue</translation>
    </message>
    <message>
        <source>Catalogue item</source>
        <translation>Article de catalogue</translation>
    </message>
    <message>
        <source>The price is excluding VAT; the revenue account starts with 70.</source>
        <translation>Le prix s&apos;entend HT&#xa0;; le compte de produits commence par 70.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>e.g. 706000</source>
        <translation>p. ex. 706000</translation>
    </message>
    <message>
        <source>&amp;Designation:</source>
        <translation>&amp;Désignation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>Unit &amp;price excl. VAT:</source>
        <translation>&amp;Prix unitaire HT&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;VAT rate:</source>
        <translation>&amp;Taux de TVA&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Exemption mention:</source>
        <translation>&amp;Mention d&apos;exonération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Revenue account:</source>
        <translation>&amp;Compte de produits&#xa0;:</translation>
    </message>
</context>
<context>
    <name>coop::ui::ClosePeriodDialog</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Close the period</source>
        <translation>Clôturer la période</translation>
    </message>
    <message>
        <source>Close &amp;until:</source>
        <translation>Clôturer &amp;jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>No entry dated on or before %1 can be written afterwards: invoices, credit notes, payments, expense reports, payroll runs and allocations dated then are refused, and the entries already there stay as they are. Only an administrator can reopen the period, with a reason that is recorded.</source>
        <extracomment>The close dialog&apos;s explanation; %1 is the last day closed</extracomment>
        <translation>Plus aucune écriture datée du %1 ou d&apos;avant ne pourra être passée&#xa0;: les factures, avoirs, paiements, notes de frais, paies et répartitions datés de cette période seront refusés, et les écritures déjà passées resteront en l&apos;état. Seul un administrateur peut rouvrir la période, avec un motif qui est enregistré.</translation>
    </message>
    <message>
        <source>The days from %1 are closed by this.</source>
        <extracomment>Added to the close dialog&apos;s explanation; %1 is the first day not yet closed</extracomment>
        <translation>Cette opération clôture les jours à partir du %1.</translation>
    </message>
    <message>
        <source>Close the accounts until %1</source>
        <translation>Clôturer les comptes jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Choose the last day to close.</source>
        <translation>Choisissez le dernier jour à clôturer.</translation>
    </message>
    <message>
        <source>The accounts are already closed until %1: choose a later day.</source>
        <extracomment>%1 is the last day closed now</extracomment>
        <translation>Les comptes sont déjà clôturés jusqu&apos;au %1&#xa0;: choisissez un jour ultérieur.</translation>
    </message>
</context>
<context>
    <name>coop::ui::ContractDialog</name>
    <message>
        <source>New CAPE for %1</source>
        <translation>Nouveau CAPE pour %1</translation>
    </message>
    <message>
        <source>A CAPE (business project support contract) lasts at most 12 months and can be renewed twice, 36 months in all. It is not an employment contract.</source>
        <translation>Un CAPE (contrat d&apos;appui au projet d&apos;entreprise) dure au plus 12 mois et peut être renouvelé deux fois, soit 36 mois au total. Ce n&apos;est pas un contrat de travail.</translation>
    </message>
    <message>
        <source>Create the CAPE</source>
        <translation>Créer le CAPE</translation>
    </message>
    <message>
        <source>Renew the CAPE of %1</source>
        <translation>Renouveler le CAPE de %1</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Sign a CESA with %1</source>
        <translation>Signer un CESA avec %1</translation>
    </message>
    <message>
        <source>The CESA is an employment contract without end date. Its terms can change later through amendments.</source>
        <translation>Le CESA est un contrat de travail sans date de fin. Ses conditions peuvent évoluer ensuite par avenant.</translation>
    </message>
    <message>
        <source>Sign the CESA</source>
        <translation>Signer le CESA</translation>
    </message>
    <message>
        <source>Amendment to the CESA of %1</source>
        <translation>Avenant au CESA de %1</translation>
    </message>
    <message>
        <source>The new terms apply from their effective date; the earlier ones stay in the contract&apos;s history.</source>
        <translation>Les nouvelles conditions s&apos;appliquent à partir de leur date d&apos;effet&#xa0;; les précédentes restent dans l&apos;historique du contrat.</translation>
    </message>
    <message>
        <source>Add the amendment</source>
        <translation>Ajouter l&apos;avenant</translation>
    </message>
    <message>
        <source>%1 becomes an associate</source>
        <translation>%1 devient associé</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>End the %1 of %2</source>
        <translation>Mettre fin au %1 de %2</translation>
    </message>
    <message>
        <source>End the contract</source>
        <translation>Mettre fin au contrat</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Signé le&#xa0;:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Initial period %1</source>
        <translation>Période initiale %1</translation>
    </message>
    <message>
        <source>Renewal %1 %2</source>
        <translation>Renouvellement %1 %2</translation>
    </message>
    <message>
        <source>So far:</source>
        <translation>À ce jour&#xa0;:</translation>
    </message>
    <message>
        <source>Renewal &amp;from:</source>
        <translation>&amp;Début du renouvellement&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>Renewal &amp;until:</source>
        <translation>&amp;Fin du renouvellement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>End the CAPE on %1, the day before</source>
        <translation>Mettre fin au CAPE le %1, la veille</translation>
    </message>
    <message>
        <source>Associate &amp;since:</source>
        <translation>Associé &amp;depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Shares subscribed:</source>
        <translation>&amp;Parts sociales souscrites&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>Date d&apos;&amp;effet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fixed monthly part:</source>
        <extracomment>The gross fixed part of the monthly pay (L7331-2 (d) Code du travail)</extracomment>
        <translation>Part &amp;fixe mensuelle&#xa0;:</translation>
    </message>
    <message>
        <source>€ gross a month</source>
        <translation>€ brut par mois</translation>
    </message>
    <message>
        <source>Share of the activity&apos;s available margin paid as the variable part of the pay.</source>
        <translation>Pourcentage de la marge disponible de l&apos;activité versé en part variable du salaire.</translation>
    </message>
    <message>
        <source>&amp;Variable part:</source>
        <translation>Part &amp;variable&#xa0;:</translation>
    </message>
    <message>
        <source>% of the available margin</source>
        <translation>% de la marge disponible</translation>
    </message>
    <message>
        <source>&amp;equivalent hours</source>
        <translation>heures é&amp;quivalentes</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Heures&#xa0;:</translation>
    </message>
    <message>
        <source>h a month</source>
        <translation>h par mois</translation>
    </message>
    <message>
        <source>Executive status (&amp;cadre)</source>
        <translation>Statut &amp;cadre</translation>
    </message>
    <message>
        <source>Executive status (cadre)</source>
        <translation>Statut cadre</translation>
    </message>
    <message>
        <source>code of the scale voted by the general assembly</source>
        <translation>code du barème voté en assemblée générale</translation>
    </message>
    <message>
        <source>Contribution &amp;scale:</source>
        <translation>&amp;Barème de contribution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Referent:</source>
        <translation>&amp;Référent&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. more hours from January</source>
        <translation>p. ex. plus d&apos;heures à partir de janvier</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>The CAPE: %1</source>
        <translation>Le CAPE&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>A flat rate for this contract in place of the scale&apos;s brackets (its floor and cap still apply); empty for the scale&apos;s own rates.</source>
        <translation>Un taux forfaitaire pour ce contrat à la place des tranches du barème (son plancher et son plafond s&apos;appliquent toujours)&#xa0;; vide pour appliquer les taux du barème.</translation>
    </message>
    <message>
        <source>Contribution overr&amp;ide:</source>
        <translation>Contribution dérogato&amp;ire&#xa0;:</translation>
    </message>
    <message>
        <source>% instead of the scale&apos;s brackets</source>
        <translation>% au lieu des tranches du barème</translation>
    </message>
</context>
<context>
    <name>coop::ui::ContractDocument</name>
    <message>
        <source>Only a CESA with its terms can be printed.</source>
        <translation>Seul un CESA avec ses conditions peut être imprimé.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
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
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>coop::ui::ContractTimeline</name>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>CAPE start</source>
        <translation>Début du CAPE</translation>
    </message>
    <message>
        <source>signed on %1, %2</source>
        <translation>signé le %1, %2</translation>
    </message>
    <message>
        <source>CAPE renewal %1</source>
        <translation>Renouvellement %1 du CAPE</translation>
    </message>
    <message>
        <source>End of the CAPE</source>
        <translation>Fin du CAPE</translation>
    </message>
    <message>
        <source>signed on %1</source>
        <translation>signé le %1</translation>
    </message>
    <message>
        <source>CESA start</source>
        <translation>Début du CESA</translation>
    </message>
    <message>
        <source>Amendment %1</source>
        <translation>Avenant %1</translation>
    </message>
    <message>
        <source>Becomes an associate</source>
        <translation>Devient associé</translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n part sociale</numerusform>
            <numerusform>%n parts sociales</numerusform>
        </translation>
    </message>
    <message>
        <source>Associate deadline</source>
        <translation>Échéance du sociétariat</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passed %n day(s) ago</source>
        <translation>
            <numerusform>dépassée depuis %n jour</numerusform>
            <numerusform>dépassée depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>End of the %1</source>
        <translation>Fin du %1</translation>
    </message>
    <message>
        <source>fixed part %1 a month</source>
        <translation>part fixe de %1 par mois</translation>
    </message>
    <message>
        <source>variable part %1</source>
        <translation>part variable de %1</translation>
    </message>
    <message>
        <source>%1 equivalent hours</source>
        <translation>%1 heures équivalentes</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>executive (cadre)</source>
        <translation>cadre</translation>
    </message>
    <message>
        <source>fixed part %1</source>
        <translation>part fixe %1</translation>
    </message>
    <message>
        <source>hours %1</source>
        <translation>heures %1</translation>
    </message>
    <message>
        <source>becomes executive (cadre)</source>
        <translation>devient cadre</translation>
    </message>
    <message>
        <source>no longer executive (cadre)</source>
        <translation>n&apos;est plus cadre</translation>
    </message>
    <message>
        <source>contribution scale %1</source>
        <translation>barème de contribution %1</translation>
    </message>
    <message>
        <source>referent %1</source>
        <translation>référent %1</translation>
    </message>
</context>
<context>
    <name>coop::ui::CooperativeDialog</name>
    <message>
        <source>Cooperative settings</source>
        <translation>Paramètres de la coopérative</translation>
    </message>
    <message>
        <source>The cooperative&apos;s identity is printed on every contract and invoice; the payroll parameters apply to every payslip.</source>
        <translation>L&apos;identité de la coopérative figure sur chaque contrat et chaque facture&#xa0;; les paramètres de paie s&apos;appliquent à chaque bulletin.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>&amp;Payroll</source>
        <translation>&amp;Paie</translation>
    </message>
    <message>
        <source>&amp;Invoicing and bank</source>
        <translation>&amp;Facturation et banque</translation>
    </message>
    <message>
        <source>e.g. RCS Lyon</source>
        <translation>p. ex. RCS Lyon</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>Forme &amp;juridique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Capital:</source>
        <translation>&amp;Capital&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SIREN:</source>
        <translation>&amp;SIREN&#xa0;:</translation>
    </message>
    <message>
        <source>SI&amp;RET:</source>
        <translation>SI&amp;RET&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Numéro de &amp;TVA&#xa0;:</translation>
    </message>
    <message>
        <source>RCS registr&amp;y:</source>
        <translation>&amp;Greffe du RCS&#xa0;:</translation>
    </message>
    <message>
        <source>NA&amp;F code:</source>
        <extracomment>The French activity code (code NAF / APE)</extracomment>
        <translation>Code NA&amp;F&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Adresse, deuxième ligne</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>Code p&amp;ostal&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>&amp;Effectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;AT/MP rate:</source>
        <extracomment>Accident du travail / maladie professionnelle contribution rate</extracomment>
        <translation>Taux &amp;AT/MP&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mobility levy rate:</source>
        <translation>Taux du versement &amp;mobilité&#xa0;:</translation>
    </message>
    <message>
        <source>Health &amp;insurance (mutuelle):</source>
        <translation>M&amp;utuelle&#xa0;:</translation>
    </message>
    <message>
        <source>€ a month</source>
        <translation>€ par mois</translation>
    </message>
    <message>
        <source>&amp;Employer&apos;s share:</source>
        <translation>Part pa&amp;tronale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>&amp;Début de l&apos;exercice&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders: {YYYY} year, {MM} month, {ANA} analytic code, {SEQYEAR} number within the year, {SEQGLOBAL} overall number.</source>
        <translation>Variables&#xa0;: {YYYY} année, {MM} mois, {ANA} code analytique, {SEQYEAR} numéro dans l&apos;année, {SEQGLOBAL} numéro global.</translation>
    </message>
    <message>
        <source>In&amp;voice numbers:</source>
        <translation>N&amp;uméros de facture&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;redit note numbers:</source>
        <translation>Numéros d&apos;a&amp;voir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC&#xa0;:</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation>Ban&amp;que&#xa0;:</translation>
    </message>
</context>
<context>
    <name>coop::ui::CreditNoteDialog</name>
    <message>
        <source>Partial credit note of invoice %1</source>
        <translation>Avoir partiel de la facture %1</translation>
    </message>
    <message>
        <source>Type the quantity to credit on each line (0 leaves it out).</source>
        <translation>Saisissez la quantité à créditer sur chaque ligne (0 pour l&apos;exclure).</translation>
    </message>
    <message>
        <source>Lines of the invoice</source>
        <translation>Lignes de la facture</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>To credit</source>
        <translation>À créditer</translation>
    </message>
    <message>
        <source>Quantity to credit, line %1</source>
        <translation>Quantité à créditer, ligne %1</translation>
    </message>
    <message>
        <source>Amounts to credit per VAT rate</source>
        <translation>Montants à créditer par taux de TVA</translation>
    </message>
    <message>
        <source>Base excl. VAT</source>
        <translation>Base HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Still creditable incl. VAT</source>
        <translation>Reste à créditer TTC</translation>
    </message>
    <message>
        <source>Create the credit note</source>
        <translation>Créer l&apos;avoir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: between 0 and the %2 invoiced.</source>
        <translation>Ligne %1&#xa0;: entre 0 et la quantité facturée, %2.</translation>
    </message>
    <message>
        <source>To credit: %1</source>
        <extracomment>The total incl. VAT of the partial credit note being prepared</extracomment>
        <translation>À créditer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose at least one quantity to credit.</source>
        <translation>Choisissez au moins une quantité à créditer.</translation>
    </message>
</context>
<context>
    <name>coop::ui::CsvExportDialog</name>
    <message>
        <source>Journal code</source>
        <translation>Code journal</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Date d&apos;écriture</translation>
    </message>
    <message>
        <source>Entry number</source>
        <translation>Numéro d&apos;écriture</translation>
    </message>
    <message>
        <source>Piece reference</source>
        <translation>Référence de pièce</translation>
    </message>
    <message>
        <source>Piece date</source>
        <translation>Date de pièce</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Account label</source>
        <translation>Libellé du compte</translation>
    </message>
    <message>
        <source>Auxiliary account</source>
        <translation>Compte auxiliaire</translation>
    </message>
    <message>
        <source>Auxiliary account label</source>
        <translation>Libellé du compte auxiliaire</translation>
    </message>
    <message>
        <source>Line label</source>
        <translation>Libellé de ligne</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Analytic code</source>
        <translation>Code analytique</translation>
    </message>
    <message>
        <source>Validation date</source>
        <translation>Date de validation</translation>
    </message>
    <message>
        <source>Export the entries for the accountant</source>
        <translation>Exporter les écritures pour l&apos;expert-comptable</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of the export&apos;s period</extracomment>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Sage-like layout</source>
        <translation>Format de type &amp;Sage</translation>
    </message>
    <message>
        <source>journal, date, account, aux. account, piece, label, debit, credit, analytic</source>
        <translation>journal, date, compte, compte aux., pièce, libellé, débit, crédit, analytique</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>entries-%1-%2.csv</source>
        <extracomment>The proposed file name of the accountant&apos;s export; %1 and %2 are dates</extracomment>
        <translation>ecritures-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export the entries</source>
        <translation>Exporter les écritures</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Check at least one column.</source>
        <translation>Cochez au moins une colonne.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Writing the entries…</source>
        <translation>Export des écritures en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 lines written to %2.</source>
        <extracomment>After the accountant&apos;s export; %1 the number of lines, %2 the file</extracomment>
        <translation>%1 lignes écrites dans %2.</translation>
    </message>
</context>
<context>
    <name>coop::ui::CustomerDialog</name>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>A French company needs its SIREN: invoices must print it.</source>
        <translation>Une entreprise française doit avoir son SIREN&#xa0;: les factures doivent le mentionner.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>e.g. 411DUPONT</source>
        <translation>p. ex. 411DUPONT</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SIREN:</source>
        <translation>&amp;SIREN&#xa0;:</translation>
    </message>
    <message>
        <source>SI&amp;RET:</source>
        <translation>SI&amp;RET&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Numéro de T&amp;VA&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Adresse, deuxième ligne</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>Co&amp;de postal&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Payment terms:</source>
        <translation>&amp;Conditions de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Customer acc&amp;ount:</source>
        <translation>Co&amp;mpte client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact&#xa0;:</translation>
    </message>
</context>
<context>
    <name>coop::ui::EntrepreneurDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New entrepreneur</source>
        <translation>Nouvel entrepreneur</translation>
    </message>
    <message>
        <source>The person&apos;s identity and the activity they will run. Contracts come next, from their page.</source>
        <translation>L&apos;identité de la personne et l&apos;activité qu&apos;elle exercera. Les contrats viennent ensuite, depuis sa fiche.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>Nouvelle activité…</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Date de &amp;naissance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;NIR:</source>
        <extracomment>NIR: the French social security number</extracomment>
        <translation>N&amp;IR&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Prior status:</source>
        <translation>&amp;Situation antérieure&#xa0;:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Adresse, deuxième ligne</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>Code p&amp;ostal&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>&amp;Referent adviser:</source>
        <translation>&amp;Conseiller référent&#xa0;:</translation>
    </message>
    <message>
        <source>Acti&amp;vity:</source>
        <translation>Acti&amp;vité&#xa0;:</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Analytic &amp;code:</source>
        <translation>Code &amp;analytique&#xa0;:</translation>
    </message>
    <message>
        <source>Activity na&amp;me:</source>
        <translation>Nom de l&apos;activi&amp;té&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Trade:</source>
        <translation>&amp;Métier&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Carpentry</source>
        <translation>p. ex. Menuiserie</translation>
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
        <translation>Retour à la liste (Alt+Gauche)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Add an &amp;interview</source>
        <translation>Ajouter un &amp;entretien</translation>
    </message>
    <message>
        <source>New &amp;CAPE</source>
        <translation>Nouveau &amp;CAPE</translation>
    </message>
    <message>
        <source>&amp;Renew the CAPE</source>
        <translation>&amp;Renouveler le CAPE</translation>
    </message>
    <message>
        <source>&amp;Sign a CESA</source>
        <translation>&amp;Signer un CESA</translation>
    </message>
    <message>
        <source>&amp;Amendment</source>
        <translation>A&amp;venant</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>Sor&amp;tie</translation>
    </message>
    <message>
        <source>&amp;Print the contract</source>
        <translation>&amp;Imprimer le contrat</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>No CESA in force today.</source>
        <translation>Aucun CESA en vigueur aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Contract timeline</source>
        <translation>Frise des contrats</translation>
    </message>
    <message>
        <source>Contract events</source>
        <translation>Événements des contrats</translation>
    </message>
    <message>
        <source>This entrepreneur no longer exists.</source>
        <translation>Cet entrepreneur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The entrepreneur cannot be read: %1</source>
        <translation>L&apos;entrepreneur ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The contracts cannot be read: %1</source>
        <translation>Les contrats ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>shared by %n entrepreneur(s)</source>
        <translation>
            <numerusform>partagée par %n entrepreneur</numerusform>
            <numerusform>partagée par %n entrepreneurs</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>Aucune activité</translation>
    </message>
    <message>
        <source>No alert.</source>
        <translation>Aucune alerte.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n in the last 12 months</source>
        <translation>
            <numerusform>%n au cours des 12 derniers mois</numerusform>
            <numerusform>%n au cours des 12 derniers mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n au total</numerusform>
            <numerusform>%n au total</numerusform>
        </translation>
    </message>
    <message>
        <source>NIR:</source>
        <extracomment>NIR: the French social security number</extracomment>
        <translation>NIR&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>(%n year(s) old)</source>
        <translation>
            <numerusform>(%n an)</numerusform>
            <numerusform>(%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>Born on:</source>
        <translation>Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Prior status:</source>
        <translation>Situation antérieure&#xa0;:</translation>
    </message>
    <message>
        <source>Referent adviser:</source>
        <translation>Conseiller référent&#xa0;:</translation>
    </message>
    <message>
        <source>Terms in force on %1</source>
        <translation>Conditions en vigueur le %1</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (CESA start)</source>
        <translation>%1 (début du CESA)</translation>
    </message>
    <message>
        <source>%1 (amendment %2)</source>
        <translation>%1 (avenant %2)</translation>
    </message>
    <message>
        <source>Fixed monthly part:</source>
        <translation>Part fixe mensuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Variable part:</source>
        <translation>Part variable&#xa0;:</translation>
    </message>
    <message>
        <source>%1 of the available margin</source>
        <translation>%1 de la marge disponible</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Heures&#xa0;:</translation>
    </message>
    <message>
        <source>%1 equivalent hours a month</source>
        <translation>%1 heures équivalentes par mois</translation>
    </message>
    <message>
        <source>%1 hours a month</source>
        <translation>%1 heures par mois</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Executive (cadre)</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Non-executive</source>
        <translation>Non-cadre</translation>
    </message>
    <message>
        <source>Contribution scale:</source>
        <translation>Barème de contribution&#xa0;:</translation>
    </message>
    <message>
        <source>Associate since:</source>
        <translation>Associé depuis le&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n part sociale</numerusform>
            <numerusform>%n parts sociales</numerusform>
        </translation>
    </message>
    <message>
        <source>This person has no CESA to print.</source>
        <translation>Cette personne n&apos;a aucun CESA à imprimer.</translation>
    </message>
    <message>
        <source>CESA %1.pdf</source>
        <extracomment>File name proposed for the contract&apos;s PDF; %1 is the person&apos;s name</extracomment>
        <translation>CESA %1.pdf</translation>
    </message>
    <message>
        <source>Save the contract as PDF</source>
        <translation>Enregistrer le contrat en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Contract saved in %1.</source>
        <translation>Contrat enregistré dans %1.</translation>
    </message>
    <message>
        <source>Record as &amp;associate</source>
        <translation>Enregistrer comme &amp;associé</translation>
    </message>
</context>
<context>
    <name>coop::ui::EntrepreneursArea</name>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Alerts (%1)</source>
        <translation>&amp;Alertes (%1)</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>&amp;New entrepreneur…</source>
        <translation>&amp;Nouvel entrepreneur…</translation>
    </message>
    <message>
        <source>&amp;Find an entrepreneur</source>
        <translation>&amp;Rechercher un entrepreneur</translation>
    </message>
</context>
<context>
    <name>coop::ui::EntrepreneursListPage</name>
    <message>
        <source>The entrepreneurs cannot be read: %1</source>
        <translation>Les entrepreneurs ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Entrepreneurs</translation>
    </message>
    <message>
        <source>&amp;New entrepreneur</source>
        <translation>&amp;Nouvel entrepreneur</translation>
    </message>
    <message>
        <source>Add an entrepreneur (Ctrl+N)</source>
        <translation>Ajouter un entrepreneur (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search by name, e-mail or analytic code (Ctrl+F)</source>
        <translation>Rechercher par nom, e-mail ou code analytique (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the entrepreneurs</source>
        <translation>Rechercher parmi les entrepreneurs</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Alerts:</source>
        <translation>&amp;Alertes&#xa0;:</translation>
    </message>
    <message>
        <source>No entrepreneur yet</source>
        <translation>Aucun entrepreneur pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add the cooperative&apos;s first entrepreneur, or import a CSV file with coopdesk-cli entrepreneurs import.</source>
        <translation>Ajoutez le premier entrepreneur de la coopérative, ou importez un fichier CSV avec coopdesk-cli entrepreneurs import.</translation>
    </message>
    <message>
        <source>New entrepreneur</source>
        <translation>Nouvel entrepreneur</translation>
    </message>
    <message>
        <source>No entrepreneur matches the search and filters.</source>
        <translation>Aucun entrepreneur ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>With an alert</source>
        <translation>Avec une alerte</translation>
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
            <numerusform>%1 sur %2 entrepreneur</numerusform>
            <numerusform>%1 sur %2 entrepreneurs</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <comment>status filter</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All</source>
        <comment>alert filter</comment>
        <translation>Toutes</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Début du contrat</translation>
    </message>
    <message>
        <source>Associate by</source>
        <extracomment>Column: the date by which a CESA employee must become an associate</extracomment>
        <translation>Associé au plus tard le</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>coop::ui::ExpenseReportDialog</name>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount incl. VAT (€)</source>
        <translation>Montant TTC (€)</translation>
    </message>
    <message>
        <source>VAT (€)</source>
        <translation>TVA (€)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Trajet</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>Suppr&amp;imer la ligne</translation>
    </message>
    <message>
        <source>Attach rec&amp;eipt…</source>
        <translation>&amp;Joindre un justificatif…</translation>
    </message>
    <message>
        <source>Open recei&amp;pt</source>
        <translation>Ou&amp;vrir le justificatif</translation>
    </message>
    <message>
        <source>Decision of the support team</source>
        <translation>Décision de l&apos;équipe d&apos;accompagnement</translation>
    </message>
    <message>
        <source>required to reject</source>
        <translation>obligatoire pour refuser</translation>
    </message>
    <message>
        <source>&amp;Reason of a rejection:</source>
        <translation>Mo&amp;tif du refus&#xa0;:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Décidé pa&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>Reimbursed &amp;on:</source>
        <translation>Rem&amp;boursé le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>Vali&amp;der</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Ref&amp;user</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Marquer comme &amp;payée</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <extracomment>An expense report&apos;s owner: activity code, activity name, member</extracomment>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Attach a receipt</source>
        <translation>Joindre un justificatif</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Justificatifs (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>New expense report</source>
        <translation>Nouvelle note de frais</translation>
    </message>
    <message>
        <source>Expense report of %1</source>
        <translation>Note de frais de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>new, not saved yet</source>
        <translation>nouvelle, pas encore enregistrée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>Electric car</source>
        <translation>Voiture électrique</translation>
    </message>
    <message>
        <source>Motorcycle</source>
        <translation>Moto</translation>
    </message>
    <message>
        <source>Electric motorcycle</source>
        <translation>Moto électrique</translation>
    </message>
    <message>
        <source>Moped</source>
        <translation>Cyclomoteur</translation>
    </message>
    <message>
        <source>Electric moped</source>
        <translation>Cyclomoteur électrique</translation>
    </message>
    <message>
        <source>Type a whole number of kilometres.</source>
        <translation>Saisissez un nombre entier de kilomètres.</translation>
    </message>
    <message>
        <source>Type the vehicle&apos;s fiscal power in CV, e.g. 5.</source>
        <translation>Saisissez la puissance fiscale du véhicule en CV, p. ex. 5.</translation>
    </message>
    <message>
        <source>Total %1 incl. VAT, of which VAT %2; %3 km</source>
        <translation>Total %1 TTC, dont TVA %2&#xa0;; %3 km</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The receipt is not in the store.</source>
        <translation>Le justificatif n&apos;est pas dans le dossier.</translation>
    </message>
    <message>
        <source>The receipt cannot be written to %1: %2</source>
        <translation>Le justificatif ne peut pas être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Say why the report is rejected.</source>
        <translation>Indiquez pourquoi la note de frais est refusée.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>coop::ui::ExpensesPage</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n note de frais</numerusform>
            <numerusform>%n notes de frais</numerusform>
        </translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Indemnités kilométriques</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Repas</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation>Fournitures de bureau</translation>
    </message>
    <message>
        <source>Small equipment</source>
        <translation>Petit équipement</translation>
    </message>
    <message>
        <source>Telephone and internet</source>
        <translation>Téléphone et internet</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Search an activity or a person</source>
        <translation>Rechercher une activité ou une personne</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Nouvelle note…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Montant TTC</translation>
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
        <translation>Exporter le FEC</translation>
    </message>
    <message>
        <source>The FEC (fichier des écritures comptables) of a fiscal year, as the tax administration asks for it: every entry of the year in validation order, the opening balances first.</source>
        <translation>Le FEC (fichier des écritures comptables) d&apos;un exercice, tel que l&apos;administration fiscale le demande&#xa0;: toutes les écritures de l&apos;exercice dans l&apos;ordre de validation, les à-nouveaux en premier.</translation>
    </message>
    <message>
        <source>The calendar year of the fiscal year&apos;s last day</source>
        <translation>L&apos;année civile du dernier jour de l&apos;exercice</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation>E&amp;xercice&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Répertoire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Folder of the FEC</source>
        <translation>Répertoire du FEC</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>Le répertoire %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Writing the FEC of %1…</source>
        <translation>Export du FEC de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Written: %1
%2 lines, %3 entries; total debit %4, total credit %5.</source>
        <extracomment>After the FEC export; %1 the file&apos;s name, %2 lines, %3 entries, %4 and %5 amounts</extracomment>
        <translation>Fichier écrit&#xa0;: %1
%2 lignes, %3 écritures&#xa0;; total débit %4, total crédit %5.</translation>
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
        <translation>La coopérative n&apos;a encore aucune activité.</translation>
    </message>
    <message>
        <source>No contribution scale in the store</source>
        <translation>Aucun barème de contribution dans le dossier</translation>
    </message>
    <message>
        <source>Your activity can pay %1 of employer cost: a gross of %2, net before tax %3.</source>
        <translation>Votre activité peut financer %1 de coût employeur&#xa0;: un brut de %2, soit un net avant impôt de %3.</translation>
    </message>
    <message>
        <source>Your activity cannot pay a salary this month: its treasury is %1.</source>
        <translation>Votre activité ne peut pas verser de salaire ce mois-ci&#xa0;: sa trésorerie est de %1.</translation>
    </message>
    <message>
        <source>Your activity&apos;s %1 do not cover the employer cost of a salary this month.</source>
        <translation>Les %1 de votre activité ne couvrent pas le coût employeur d&apos;un salaire ce mois-ci.</translation>
    </message>
    <message>
        <source>Turnover invoiced</source>
        <translation>Chiffre d&apos;affaires facturé</translation>
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
        <translation>€&#xa0;HT</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activité&#xa0;:</translation>
    </message>
    <message>
        <source>On &amp;date:</source>
        <translation>À la &amp;date&#xa0;:</translation>
    </message>
    <message>
        <source>Turnover invoiced (excl. VAT)</source>
        <translation>Chiffre d&apos;affaires facturé (HT)</translation>
    </message>
    <message>
        <source>Turnover collected (excl. VAT)</source>
        <translation>Chiffre d&apos;affaires encaissé (HT)</translation>
    </message>
    <message>
        <source>Purchases and expenses</source>
        <translation>Achats et frais</translation>
    </message>
    <message>
        <source>Cooperative contribution</source>
        <translation>Contribution coopérative</translation>
    </message>
    <message>
        <source>Shared costs</source>
        <translation>Frais mutualisés</translation>
    </message>
    <message>
        <source>Salaries and contributions</source>
        <translation>Salaires et cotisations</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Treasury today</source>
        <translation>Trésorerie à ce jour</translation>
    </message>
    <message>
        <source>Reference treasury</source>
        <translation>Trésorerie de référence</translation>
    </message>
    <message>
        <source>Salaries to pay</source>
        <translation>Salaires à verser</translation>
    </message>
    <message>
        <source>Expenses to reimburse</source>
        <translation>Frais à rembourser</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Créances clients</translation>
    </message>
    <message>
        <source>Future treasury</source>
        <translation>Trésorerie prévisionnelle</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mois par mois</translation>
    </message>
    <message>
        <source>Treasury at the end of each month</source>
        <translation>Trésorerie en fin de mois</translation>
    </message>
    <message>
        <source>Your activity cannot pay another salary this month: its reference treasury (%1) does not cover the salaries and expenses still to pay (%2).</source>
        <translation>Votre activité ne peut pas verser d&apos;autre salaire ce mois-ci&#xa0;: sa trésorerie de référence (%1) ne couvre pas les salaires et frais encore à verser (%2).</translation>
    </message>
    <message>
        <source>Your activity is not on this computer yet: sync the store with the cooperative&apos;s server.</source>
        <translation>Votre activité n&apos;est pas encore sur cet ordinateur&#xa0;: synchronisez le dossier avec le serveur de la coopérative.</translation>
    </message>
</context>
<context>
    <name>coop::ui::FeesAccountsModel</name>
    <message>
        <source>No contribution scale in the store</source>
        <translation>Aucun barème de contribution dans le dossier</translation>
    </message>
    <message>
        <source>The treasury does not cover a salary</source>
        <translation>La trésorerie ne couvre pas un salaire</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Shared costs</source>
        <translation>Frais mutualisés</translation>
    </message>
    <message>
        <source>Salaries</source>
        <translation>Salaires</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>Trésorerie</translation>
    </message>
    <message>
        <source>Envelope gross</source>
        <translation>Brut de l&apos;enveloppe</translation>
    </message>
</context>
<context>
    <name>coop::ui::FeesArea</name>
    <message>
        <source>Entrepreneur&apos;s &amp;account</source>
        <translation>&amp;Compte de l&apos;entrepreneur</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>S&amp;hared costs</source>
        <translation>Frais &amp;mutualisés</translation>
    </message>
    <message>
        <source>E&amp;xpense reports</source>
        <translation>&amp;Notes de frais</translation>
    </message>
    <message>
        <source>Contribution &amp;scales…</source>
        <translation>&amp;Barèmes de contribution…</translation>
    </message>
    <message>
        <source>Supplier invoices</source>
        <translation>Factures fournisseurs</translation>
    </message>
</context>
<context>
    <name>coop::ui::FeesOverviewPage</name>
    <message numerus="yes">
        <source>%n activities: invoiced %1, collected %2, contribution %3, result %4, treasury %5</source>
        <extracomment>Under the overview: the totals of the activities shown</extracomment>
        <translation>
            <numerusform>%n activité&#xa0;: facturé %1, encaissé %2, contribution %3, résultat %4, trésorerie %5</numerusform>
            <numerusform>%n activités&#xa0;: facturé %1, encaissé %2, contribution %3, résultat %4, trésorerie %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>accounts-%1.csv</source>
        <extracomment>The proposed file name of the overview&apos;s export; %1 is the date</extracomment>
        <translation>comptes-%1.csv</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>Exporter la vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message>
        <source>On &amp;date:</source>
        <translation>À la &amp;date&#xa0;:</translation>
    </message>
    <message>
        <source>Search an activity by code or name</source>
        <translation>Rechercher une activité par code ou par nom</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
</context>
<context>
    <name>coop::ui::FeesPoolsPage</name>
    <message>
        <source>Turnover</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marge brute</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation>Parts égales</translation>
    </message>
    <message>
        <source>Fixed amounts</source>
        <translation>Montants fixes</translation>
    </message>
    <message>
        <source>Custom weights</source>
        <translation>Pondérations libres</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A pool&apos;s period: from %1 to %2</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Allocated on %1</source>
        <translation>Réparti le %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>No shared-cost pool yet.</source>
        <translation>Aucun poste de frais mutualisés pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Draft: preview its split, then allocate it.</source>
        <translation>Brouillon&#xa0;: prévisualisez sa répartition, puis répartissez-le.</translation>
    </message>
    <message>
        <source>Allocated on %1: its shares are stored.</source>
        <translation>Réparti le %1&#xa0;: ses quotes-parts sont enregistrées.</translation>
    </message>
    <message>
        <source>Stored shares of %1</source>
        <translation>Quotes-parts enregistrées de %1</translation>
    </message>
    <message>
        <source>Preview of %1: nothing is stored yet</source>
        <translation>Aperçu de %1&#xa0;: rien n&apos;est encore enregistré</translation>
    </message>
    <message>
        <source>Allocate the pool</source>
        <translation>Répartir le poste de frais</translation>
    </message>
    <message>
        <source>Allocate %1 (%2) over the activities? Its shares are stored and the pool can no longer be changed.</source>
        <translation>Répartir %1 (%2) entre les activités&#xa0;? Ses quotes-parts seront enregistrées et le poste de frais ne pourra plus être modifié.</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Répartir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Poste de frais</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Key value</source>
        <translation>Valeur de clé</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Jours de présence</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quote-part</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation>&amp;Répartir…</translation>
    </message>
    <message>
        <source>&amp;New pool…</source>
        <translation>&amp;Nouveau poste…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
</context>
<context>
    <name>coop::ui::FirstRunWizard</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Impossible de créer le répertoire de&#xa0;%1.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Confirm the passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onfirm:</source>
        <translation>C&amp;onfirmation&#xa0;:</translation>
    </message>
    <message>
        <source>At least %1 characters; several words are easy to remember.</source>
        <translation>Au moins&#xa0;%1 caractères&#xa0;; plusieurs mots sont faciles à retenir.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Trop courte&#xa0;: au moins&#xa0;%1 caractères.</translation>
    </message>
    <message>
        <source>Weak: add words, capitals, digits or symbols.</source>
        <translation>Faible&#xa0;: ajoutez des mots, des majuscules, des chiffres ou des symboles.</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>Moyenne.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Welcome to CoopDesk</source>
        <translation>Bienvenue dans CoopDesk</translation>
    </message>
    <message>
        <source>Create and &amp;sync</source>
        <translation>Créer et &amp;synchroniser</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Fichier du dossier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the store file</source>
        <translation>Choisir le fichier du dossier</translation>
    </message>
    <message>
        <source>New store file</source>
        <translation>Nouveau fichier de dossier</translation>
    </message>
    <message>
        <source>CoopDesk stores (*.coopdesk)</source>
        <translation>Dossiers CoopDesk (*.coopdesk)</translation>
    </message>
    <message>
        <source>CoopDesk keeps the cooperative&apos;s data in an encrypted store on this computer. Where does it come from?</source>
        <translation>CoopDesk conserve les données de la coopérative dans un dossier chiffré sur cet ordinateur. D&apos;où proviennent-elles&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Start a new cooperative on this computer</source>
        <translation>&amp;Créer une nouvelle coopérative sur cet ordinateur</translation>
    </message>
    <message>
        <source>A stand-alone store, encrypted with a passphrase of your choice, for a cooperative that has no server.</source>
        <translation>Un dossier autonome, chiffré par une phrase secrète de votre choix, pour une coopérative sans serveur.</translation>
    </message>
    <message>
        <source>&amp;Try the demo cooperative</source>
        <translation>&amp;Essayer la coopérative de démonstration</translation>
    </message>
    <message>
        <source>Made-up entrepreneurs, customers and invoices to try CoopDesk; its passphrase is “%1”.</source>
        <extracomment>%1 is the demo store&apos;s passphrase, shown as is</extracomment>
        <translation>Des entrepreneurs, des clients et des factures fictifs pour essayer CoopDesk&#xa0;; sa phrase secrète est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Connect to your cooperative&apos;s server</source>
        <translation>Se &amp;connecter au serveur de votre coopérative</translation>
    </message>
    <message>
        <source>Sign in with the account your cooperative gave you: its data is copied into an encrypted store on this computer and kept in sync.</source>
        <translation>Connectez-vous avec le compte fourni par votre coopérative&#xa0;: ses données sont copiées dans un dossier chiffré sur cet ordinateur et tenues synchronisées.</translation>
    </message>
    <message>
        <source>Opening the demo store…</source>
        <translation>Ouverture du dossier de démonstration…</translation>
    </message>
    <message>
        <source>Generating the demo cooperative: entrepreneurs, customers, invoices… This takes a moment.</source>
        <translation>Création de la coopérative de démonstration&#xa0;: entrepreneurs, clients, factures… Cela prend un moment.</translation>
    </message>
    <message>
        <source>A new cooperative</source>
        <translation>Une nouvelle coopérative</translation>
    </message>
    <message>
        <source>Nobody can open the store without its passphrase, nor recover a lost passphrase: keep it somewhere safe.</source>
        <translation>Personne ne peut ouvrir le dossier sans sa phrase secrète, ni récupérer une phrase secrète perdue&#xa0;: conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Cooperative&apos;s name</source>
        <translation>Nom de la coopérative</translation>
    </message>
    <message>
        <source>e.g. Horizon Cooperative</source>
        <translation>p. ex. Coopérative Horizon</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>Création du dossier…</translation>
    </message>
    <message>
        <source>Your cooperative&apos;s server</source>
        <translation>Le serveur de votre coopérative</translation>
    </message>
    <message>
        <source>Your password is sent to the server once and never kept on this computer; the store keeps a session that this device renews.</source>
        <translation>Votre mot de passe est envoyé une seule fois au serveur et n&apos;est jamais conservé sur cet ordinateur&#xa0;; le dossier garde une session que cet appareil renouvelle.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>Nom de l&apos;&amp;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Cooperative:</source>
        <translation>&amp;Coopérative&#xa0;:</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Coopérative</translation>
    </message>
    <message>
        <source>Enter an address such as https://coop.example.org.</source>
        <translation>Saisissez une adresse comme https://coop.example.org.</translation>
    </message>
    <message>
        <source>Checking your account on %1…</source>
        <extracomment>%1 is the server&apos;s address</extracomment>
        <translation>Vérification de votre compte sur&#xa0;%1…</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>accountant</source>
        <translation>comptable</translation>
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
        <translation>Ce compte appartient à plusieurs coopératives&#xa0;: choisissez celle de ce dossier, puis Suivant.</translation>
    </message>
    <message>
        <source>The store on this computer</source>
        <translation>Le dossier sur cet ordinateur</translation>
    </message>
    <message>
        <source>The cooperative&apos;s data is kept in this encrypted file. Nobody can open it without its passphrase, nor recover a lost passphrase: keep it somewhere safe.</source>
        <translation>Les données de la coopérative sont conservées dans ce fichier chiffré. Personne ne peut l&apos;ouvrir sans sa phrase secrète, ni récupérer une phrase secrète perdue&#xa0;: conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>Première synchronisation</translation>
    </message>
    <message>
        <source>The cooperative&apos;s data comes from the server. Cancel stops it: the store keeps what came and carries on the next time it is opened.</source>
        <translation>Les données de la coopérative proviennent du serveur. Annuler l&apos;interrompt&#xa0;: le dossier garde ce qui a été reçu et reprend à sa prochaine ouverture.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Receiving the cooperative&apos;s data…</source>
        <translation>Réception des données de la coopérative…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <extracomment>%1 is the server&apos;s address</extracomment>
        <translation>Connexion à&#xa0;%1…</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>Sending this device&apos;s changes…</source>
        <translation>Envoi des modifications de cet appareil…</translation>
    </message>
    <message>
        <source>Receiving the cooperative&apos;s changes: %1 of %2.</source>
        <extracomment>%1 and %2 are counts of changes</extracomment>
        <translation>Réception des modifications de la coopérative&#xa0;:&#xa0;%1 sur&#xa0;%2.</translation>
    </message>
    <message numerus="yes">
        <source>Receiving the cooperative&apos;s data: %n record(s).</source>
        <translation>
            <numerusform>Réception des données de la coopérative&#xa0;:&#xa0;%n enregistrement.</numerusform>
            <numerusform>Réception des données de la coopérative&#xa0;:&#xa0;%n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first sync stopped before the end.</source>
        <translation>La première synchronisation s&apos;est arrêtée avant la fin.</translation>
    </message>
    <message numerus="yes">
        <source>The cooperative&apos;s data is on this computer (%n change(s) received). Finish opens it.</source>
        <translation>
            <numerusform>Les données de la coopérative sont sur cet ordinateur (%n modification reçue). Terminer les ouvre.</numerusform>
            <numerusform>Les données de la coopérative sont sur cet ordinateur (%n modifications reçues). Terminer les ouvre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Arrêt de la synchronisation…</translation>
    </message>
</context>
<context>
    <name>coop::ui::FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Someone changed this record meanwhile: cancel, open it again and redo your change.</source>
        <translation>Quelqu&apos;un a modifié cet enregistrement entre-temps&#xa0;: annulez, rouvrez-le et refaites votre modification.</translation>
    </message>
</context>
<context>
    <name>coop::ui::Format</name>
    <message>
        <source>Enter an amount in euros, such as %1.</source>
        <translation>Saisissez un montant en euros, par exemple %1.</translation>
    </message>
    <message>
        <source>Enter a percentage, such as %1.</source>
        <translation>Saisissez un pourcentage, par exemple %1.</translation>
    </message>
    <message>
        <source>Enter a number with at most three decimals, such as %1.</source>
        <translation>Saisissez un nombre avec au plus trois décimales, par exemple %1.</translation>
    </message>
</context>
<context>
    <name>coop::ui::HomePage</name>
    <message>
        <source>Encrypted store, open on this computer. Choose an area on the left (Ctrl+1 to Ctrl+7).</source>
        <translation>Dossier chiffré, ouvert sur cet ordinateur. Choisissez une rubrique à gauche (Ctrl+1 à Ctrl+7).</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Version du schéma&#xa0;:</translation>
    </message>
    <message>
        <source>Store identifier:</source>
        <translation>Identifiant du dossier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>coop::ui::InterviewDialog</name>
    <message>
        <source>Interview with %1</source>
        <translation>Entretien avec %1</translation>
    </message>
    <message>
        <source>Add the interview</source>
        <translation>Ajouter l&apos;entretien</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Adviser:</source>
        <translation>&amp;Conseiller&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Conseiller</translation>
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
        <translation>&amp;Activité&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Purchase &amp;order:</source>
        <translation>&amp;Bon de commande&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation>&amp;Nature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Service date:</source>
        <translation>Date de pre&amp;station&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Date d&apos;&amp;échéance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Prices:</source>
        <translation>Pri&amp;x&#xa0;:</translation>
    </message>
    <message>
        <source>Disc&amp;ount:</source>
        <translation>Re&amp;mise&#xa0;:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>TVA&#xa0;:</translation>
    </message>
    <message>
        <source>Paid on &amp;debits</source>
        <translation>TVA sur les déb&amp;its</translation>
    </message>
    <message>
        <source>The option for paying VAT on debits, printed on the invoice</source>
        <translation>L&apos;option pour le paiement de la TVA d&apos;après les débits, mentionnée sur la facture</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <source>What the invoice is for</source>
        <translation>L&apos;objet de la facture</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← Reto&amp;ur</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Retour à la liste (Alt+Gauche)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Enregistrer le brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Validate…</source>
        <translation>&amp;Valider…</translation>
    </message>
    <message>
        <source>Issue the document: it gets its number and can no longer change (Ctrl+Shift+V)</source>
        <translation>Émettre le document&#xa0;: il reçoit son numéro et ne peut plus être modifié (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>&amp;Record payment…</source>
        <translation>Enregistrer un &amp;règlement…</translation>
    </message>
    <message>
        <source>Record a payment (Ctrl+Shift+R)</source>
        <translation>Enregistrer un règlement (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Create &amp;credit note</source>
        <translation>Créer un av&amp;oir</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>The pages as printed (Ctrl+P)</source>
        <translation>Les pages telles qu&apos;imprimées (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Factur-X…</source>
        <translation>Enregistrer en &amp;Factur-X…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last change of the lines (Ctrl+Z)</source>
        <translation>Annuler la dernière modification des lignes (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Ajouter une li&amp;gne</translation>
    </message>
    <message>
        <source>Add a line (Ctrl+Enter)</source>
        <translation>Ajouter une ligne (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Remove the current line (Ctrl+Delete)</source>
        <translation>Supprimer la ligne courante (Ctrl+Suppr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Haut</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Bas</translation>
    </message>
    <message>
        <source>From &amp;catalogue</source>
        <translation>Depuis le &amp;catalogue</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Base excl. VAT</source>
        <translation>Base HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Totals per VAT rate</source>
        <translation>Totaux par taux de TVA</translation>
    </message>
    <message>
        <source>Total excl. VAT:</source>
        <translation>Total HT&#xa0;:</translation>
    </message>
    <message>
        <source>Total incl. VAT:</source>
        <translation>Total TTC&#xa0;:</translation>
    </message>
    <message>
        <source>(choose an activity)</source>
        <translation>(choisissez une activité)</translation>
    </message>
    <message>
        <source>(choose a customer)</source>
        <translation>(choisissez un client)</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>Ce document n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The document cannot be read: %1</source>
        <translation>Le document ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>Paid: %1
Credited: %2
Remaining: %3</source>
        <extracomment>Under a validated invoice&apos;s totals: paid, credited and remaining amounts</extracomment>
        <translation>Payé&#xa0;: %1
Avoirs&#xa0;: %2
Reste à payer&#xa0;: %3</translation>
    </message>
    <message>
        <source>New credit note</source>
        <translation>Nouvel avoir</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>Brouillon d&apos;avoir</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Brouillon de facture</translation>
    </message>
    <message>
        <source>for invoice %1</source>
        <translation>pour la facture %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Validate the credit note</source>
        <translation>Valider l&apos;avoir</translation>
    </message>
    <message>
        <source>Validate the invoice</source>
        <translation>Valider la facture</translation>
    </message>
    <message>
        <source>Issue this credit note of %1? It gets its number and can no longer be changed.</source>
        <translation>Émettre cet avoir de %1&#xa0;? Il reçoit son numéro et ne pourra plus être modifié.</translation>
    </message>
    <message>
        <source>Issue this invoice of %1? It gets its number and can no longer be changed: a mistake will need a credit note.</source>
        <translation>Émettre cette facture de %1&#xa0;? Elle reçoit son numéro et ne pourra plus être modifiée&#xa0;: une erreur nécessitera un avoir.</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The preview cannot be made: %1</source>
        <translation>L&apos;aperçu ne peut pas être produit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Aperçu — %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only a validated document has a Factur-X file.</source>
        <translation>Seul un document validé a un fichier Factur-X.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Save the Factur-X invoice</source>
        <translation>Enregistrer la facture Factur-X</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Choose the activity first: customers belong to one.</source>
        <translation>Choisissez d&apos;abord l&apos;activité&#xa0;: chaque client appartient à une activité.</translation>
    </message>
    <message>
        <source>%1 — %2 € excl. VAT, %3</source>
        <extracomment>A catalogue item in the menu: designation, unit price excl. VAT, VAT rate</extracomment>
        <translation>%1 — %2&#xa0;€ HT, %3</translation>
    </message>
    <message>
        <source>Choose the activity first</source>
        <translation>Choisissez d&apos;abord l&apos;activité</translation>
    </message>
    <message>
        <source>The catalogue is empty</source>
        <translation>Le catalogue est vide</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes of this draft before going back?</source>
        <translation>Enregistrer les modifications de ce brouillon avant de revenir en arrière&#xa0;?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Edit customer…</source>
        <translation>Modifier le client…</translation>
    </message>
    <message>
        <source>Change the chosen customer&apos;s record (address, terms…)</source>
        <translation>Modifier la fiche du client choisi (adresse, conditions…)</translation>
    </message>
    <message>
        <source>A credit note of the whole invoice</source>
        <translation>Un avoir sur la totalité de la facture</translation>
    </message>
    <message>
        <source>Partial credit note…</source>
        <translation>Avoir partiel…</translation>
    </message>
    <message>
        <source>Credit some quantities of the invoice&apos;s lines</source>
        <translation>Créditer certaines quantités des lignes de la facture</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Supprimer le brouillon…</translation>
    </message>
    <message>
        <source>Delete this draft for good (Ctrl+Shift+Delete)</source>
        <translation>Supprimer définitivement ce brouillon (Ctrl+Maj+Suppr)</translation>
    </message>
    <message>
        <source>Catalogue…</source>
        <translation>Catalogue…</translation>
    </message>
    <message>
        <source>Add, change or archive the activity&apos;s catalogue items</source>
        <translation>Ajouter, modifier ou archiver les articles du catalogue de l&apos;activité</translation>
    </message>
    <message>
        <source>Delete the draft credit note</source>
        <translation>Supprimer le brouillon d&apos;avoir</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete this draft for good? It has no number yet, so nothing of it remains.</source>
        <translation>Supprimer définitivement ce brouillon&#xa0;? Il n&apos;a pas encore de numéro, il n&apos;en restera donc aucune trace.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Choose the activity first: each has its own catalogue.</source>
        <translation>Choisissez d&apos;abord l&apos;activité&#xa0;: chacune a son propre catalogue.</translation>
    </message>
</context>
<context>
    <name>coop::ui::InvoiceLinesModel</name>
    <message>
        <source>Unit price excl. VAT</source>
        <translation>Prix unitaire HT</translation>
    </message>
    <message>
        <source>Unit price incl. VAT</source>
        <translation>Prix unitaire TTC</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <source>Enter a price with at most five decimals, such as %1.</source>
        <translation>Saisissez un prix avec au plus cinq décimales, par exemple %1.</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove a line</source>
        <translation>Supprimer une ligne</translation>
    </message>
    <message>
        <source>Move a line</source>
        <translation>Déplacer une ligne</translation>
    </message>
    <message>
        <source>Only for a 0 % line</source>
        <translation>Uniquement pour une ligne à 0&#xa0;%</translation>
    </message>
    <message>
        <source>Choose a unit from the list.</source>
        <translation>Choisissez une unité dans la liste.</translation>
    </message>
    <message>
        <source>Edit line %1</source>
        <translation>Modifier la ligne %1</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Exemption mention</source>
        <translation>Mention d&apos;exonération</translation>
    </message>
</context>
<context>
    <name>coop::ui::InvoiceListPage</name>
    <message>
        <source>The invoices cannot be read: %1</source>
        <translation>Les factures ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>All</source>
        <comment>customer filter</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>calcul…</translation>
    </message>
    <message numerus="yes">
        <source>%1 document(s)</source>
        <extracomment>The number of invoices and credit notes in the list; %1 is the number with its separators</extracomment>
        <translation>
            <numerusform>%1 document</numerusform>
            <numerusform>%1 documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation>&amp;Nouvelle facture</translation>
    </message>
    <message>
        <source>Create an invoice (Ctrl+N)</source>
        <translation>Créer une facture (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search by number, customer or title (Ctrl+F)</source>
        <translation>Rechercher par numéro, client ou titre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the invoices</source>
        <translation>Rechercher parmi les factures</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;État&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>En &amp;retard</translation>
    </message>
    <message>
        <source>Only the unpaid invoices past their due date</source>
        <translation>Seulement les factures impayées dont la date d&apos;échéance est dépassée</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;au&#xa0;:</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Factures et avoirs</translation>
    </message>
</context>
<context>
    <name>coop::ui::InvoicePreview</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Accessible name of one page of the preview: &quot;Page 1 of 2&quot;</extracomment>
        <translation>Page %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coop::ui::InvoicesModel</name>
    <message>
        <source>(draft credit note)</source>
        <translation>(brouillon d&apos;avoir)</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>This column is not sortable</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <extracomment>Column: total excluding VAT (HT)</extracomment>
        <translation>HT</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <extracomment>Column: total including VAT (TTC)</extracomment>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Remaining</source>
        <extracomment>Column: what is left to pay</extracomment>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>coop::ui::JournalPage</name>
    <message>
        <source>All journals</source>
        <translation>Tous les journaux</translation>
    </message>
    <message>
        <source>All analytic codes</source>
        <translation>Tous les codes analytiques</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A journal in the filter list: its code and its label (&quot;VT — Ventes&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cooperative (%1)</source>
        <extracomment>The analytic code of the cooperative&apos;s own lines, in the filter list</extracomment>
        <translation>Coopérative (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 line(s)</source>
        <extracomment>Under the journal browser; %1 is the number of lines with its separators</extracomment>
        <translation>
            <numerusform>%1 ligne</numerusform>
            <numerusform>%1 lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Total debit %1 · total credit %2</source>
        <extracomment>The totals of every line of the journal browser&apos;s filter</extracomment>
        <translation>Total débit %1 · total crédit %2</translation>
    </message>
    <message>
        <source>Lines shown (%1): debit %2 · credit %3</source>
        <extracomment>The totals of the lines read so far when the filter has too many lines to add them all; %1 is how many lines were read</extracomment>
        <translation>Lignes affichées (%1)&#xa0;: débit %2 · crédit %3</translation>
    </message>
    <message>
        <source>Jou&amp;rnal:</source>
        <translation>Jou&amp;rnal&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 411</source>
        <translation>p. ex. 411</translation>
    </message>
    <message>
        <source>The account number or its first digits</source>
        <translation>Le numéro de compte ou ses premiers chiffres</translation>
    </message>
    <message>
        <source>A&amp;nalytic:</source>
        <translation>A&amp;nalytique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <extracomment>Between the two dates of the period filter</extracomment>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>Search a piece or a label</source>
        <translation>Rechercher une pièce ou un libellé</translation>
    </message>
</context>
<context>
    <name>coop::ui::Labels</name>
    <message>
        <source>No contract</source>
        <translation>Sans contrat</translation>
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
        <translation>Associé</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>Demandeur d&apos;emploi</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Travailleur indépendant</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>Bilan annuel</translation>
    </message>
    <message>
        <source>Exit interview</source>
        <translation>Entretien de sortie</translation>
    </message>
    <message>
        <source>Resignation</source>
        <translation>Démission</translation>
    </message>
    <message>
        <source>End of the CAPE</source>
        <translation>Fin du CAPE</translation>
    </message>
    <message>
        <source>Not associate within the time limit</source>
        <translation>Non associé dans le délai imparti</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Licenciement</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Départ à la retraite</translation>
    </message>
    <message>
        <source>Mutual agreement</source>
        <translation>Rupture conventionnelle</translation>
    </message>
    <message>
        <source>CAPE ending soon</source>
        <translation>Fin de CAPE proche</translation>
    </message>
    <message>
        <source>Associate deadline near</source>
        <translation>Échéance du sociétariat proche</translation>
    </message>
    <message>
        <source>Associate deadline passed</source>
        <translation>Échéance du sociétariat dépassée</translation>
    </message>
    <message>
        <source>Too few interviews</source>
        <translation>Entretiens insuffisants</translation>
    </message>
    <message>
        <source>CESA without fixed part</source>
        <translation>CESA sans part fixe</translation>
    </message>
    <message>
        <source>Overlapping contracts</source>
        <translation>Contrats qui se chevauchent</translation>
    </message>
    <message numerus="yes">
        <source>Must become an associate by %1, in %n day(s) (L7331-3).</source>
        <translation>
            <numerusform>Doit devenir associé au plus tard le %1, dans %n jour (L7331-3).</numerusform>
            <numerusform>Doit devenir associé au plus tard le %1, dans %n jours (L7331-3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Had to become an associate by %1, %n day(s) ago (L7331-3).</source>
        <translation>
            <numerusform>Devait devenir associé au plus tard le %1, il y a %n jour (L7331-3).</numerusform>
            <numerusform>Devait devenir associé au plus tard le %1, il y a %n jours (L7331-3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than two interviews in the last 12 months (décret 2015-1363).</source>
        <translation>Moins de deux entretiens au cours des 12 derniers mois (décret 2015-1363).</translation>
    </message>
    <message>
        <source>The CESA has no fixed part since %1 (L7331-2).</source>
        <translation>Le CESA n&apos;a pas de part fixe depuis le %1 (L7331-2).</translation>
    </message>
    <message>
        <source>Two contracts run at the same time from %1.</source>
        <translation>Deux contrats courent en même temps à partir du %1.</translation>
    </message>
    <message>
        <source>The CAPE ends today: renew it or sign a CESA.</source>
        <translation>Le CAPE se termine aujourd&apos;hui&#xa0;: renouvelez-le ou signez un CESA.</translation>
    </message>
    <message numerus="yes">
        <source>The CAPE ends on %1, in %n day(s): renew it or sign a CESA.</source>
        <translation>
            <numerusform>Le CAPE se termine le %1, dans %n jour&#xa0;: renouvelez-le ou signez un CESA.</numerusform>
            <numerusform>Le CAPE se termine le %1, dans %n jours&#xa0;: renouvelez-le ou signez un CESA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The CAPE ends in %n day(s): renew it or sign a CESA.</source>
        <translation>
            <numerusform>Le CAPE se termine dans %n jour&#xa0;: renouvelez-le ou signez un CESA.</numerusform>
            <numerusform>Le CAPE se termine dans %n jours&#xa0;: renouvelez-le ou signez un CESA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must become an associate within %n day(s) (L7331-3).</source>
        <translation>
            <numerusform>Doit devenir associé dans un délai de %n jour (L7331-3).</numerusform>
            <numerusform>Doit devenir associé dans un délai de %n jours (L7331-3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Had to become an associate %n day(s) ago (L7331-3).</source>
        <translation>
            <numerusform>Devait devenir associé il y a %n jour (L7331-3).</numerusform>
            <numerusform>Devait devenir associé il y a %n jours (L7331-3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The CESA has no fixed part (L7331-2).</source>
        <translation>Le CESA n&apos;a pas de part fixe (L7331-2).</translation>
    </message>
    <message>
        <source>Two contracts run at the same time.</source>
        <translation>Deux contrats courent en même temps.</translation>
    </message>
</context>
<context>
    <name>coop::ui::LedgerModel</name>
    <message>
        <source>Piece dated %1</source>
        <extracomment>The tooltip of a journal line&apos;s piece; %1 is the piece&apos;s date</extracomment>
        <translation>Pièce datée du %1</translation>
    </message>
    <message>
        <source>Journal</source>
        <extracomment>Column of the journal browser: the journal&apos;s code (VT, BQ…)</extracomment>
        <translation>Journal</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column of the journal browser: the entry&apos;s number in its journal</extracomment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Piece</source>
        <extracomment>Column of the journal browser: the piece (document) reference</extracomment>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Account label</source>
        <translation>Libellé du compte</translation>
    </message>
    <message>
        <source>Aux. account</source>
        <extracomment>Column of the journal browser: the auxiliary (third-party) account</extracomment>
        <translation>Compte aux.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Analytic</source>
        <extracomment>Column of the journal browser: the activity&apos;s analytic code</extracomment>
        <translation>Analytique</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
</context>
<context>
    <name>coop::ui::MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Entrepreneurs &amp; contracts</source>
        <translation>Entrepreneurs et contrats</translation>
    </message>
    <message>
        <source>The cooperative&apos;s entrepreneurs will appear here, with their CAPE and CESA contracts, amendments and key dates.</source>
        <translation>Les entrepreneurs de la coopérative apparaîtront ici, avec leurs contrats CAPE et CESA, leurs avenants et leurs dates clés.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Quotes, invoices, credit notes and customer payments of each activity will appear here.</source>
        <translation>Les devis, factures, avoirs et encaissements clients de chaque activité apparaîtront ici.</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Paie</translation>
    </message>
    <message>
        <source>The entrepreneurs&apos; payslips, computed from each activity&apos;s account, will appear here.</source>
        <translation>Les bulletins de paie des entrepreneurs, calculés à partir du compte de chaque activité, apparaîtront ici.</translation>
    </message>
    <message>
        <source>Contributions &amp; shared costs</source>
        <translation>Contributions et frais mutualisés</translation>
    </message>
    <message>
        <source>The cooperative contribution of each activity and the allocation of shared costs will appear here.</source>
        <translation>La contribution coopérative de chaque activité et la répartition des frais mutualisés apparaîtront ici.</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <source>Journal entries, the activities&apos; accounts and the exports (FEC, CSV) will appear here.</source>
        <translation>Les écritures comptables, les comptes des activités et les exports (FEC, CSV) apparaîtront ici.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>The connection to the cooperative&apos;s server, changes waiting to be sent and conflicts to resolve will appear here.</source>
        <translation>La connexion au serveur de la coopérative, les modifications en attente d&apos;envoi et les conflits à résoudre apparaîtront ici.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Close the store and ask for its passphrase again</source>
        <translation>Fermer le dossier et redemander sa phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show the &amp;navigation</source>
        <translation>Afficher la &amp;navigation</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About CoopDesk</source>
        <translation>À &amp;propos de CoopDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>CoopDesk — %1</source>
        <extracomment>The window title; %1 is the store&apos;s name</extracomment>
        <translation>CoopDesk — %1</translation>
    </message>
    <message>
        <source>Schema %1</source>
        <extracomment>In the status bar: the version of the store&apos;s database schema</extracomment>
        <translation>Schéma %1</translation>
    </message>
    <message>
        <source>About CoopDesk</source>
        <translation>À propos de CoopDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CoopDesk %1&lt;/h3&gt;&lt;p&gt;The back-office of French business and employment cooperatives (CAE): entrepreneurs, sales, payroll, contributions and accounting, in an encrypted store that works offline and syncs with the cooperative&apos;s server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CoopDesk %1&lt;/h3&gt;&lt;p&gt;La gestion des coopératives d&apos;activité et d&apos;emploi (CAE)&#xa0;: entrepreneurs, ventes, paie, contributions et comptabilité, dans un dossier chiffré qui fonctionne hors ligne et se synchronise avec le serveur de la coopérative.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Cooperative settings…</source>
        <translation>Paramètres de la &amp;coopérative…</translation>
    </message>
    <message>
        <source>The cooperative&apos;s identity, payroll parameters, numbering and bank</source>
        <translation>L&apos;identité de la coopérative, les paramètres de paie, la numérotation et la banque</translation>
    </message>
    <message>
        <source>Contract &amp;alerts</source>
        <translation>&amp;Alertes sur les contrats</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
</context>
<context>
    <name>coop::ui::PaymentDialog</name>
    <message>
        <source>Refund of credit note %1</source>
        <translation>Remboursement de l&apos;avoir %1</translation>
    </message>
    <message>
        <source>Payment of invoice %1</source>
        <translation>Règlement de la facture %1</translation>
    </message>
    <message>
        <source>Left to pay: %1</source>
        <extracomment>%1 is an amount</extracomment>
        <translation>Reste à payer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cheque number, transfer label…</source>
        <translation>Numéro de chèque, libellé du virement…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>M&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bank account:</source>
        <translation>&amp;Compte bancaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>%1 is more than what is left to pay (%2).</source>
        <translation>%1 dépasse le reste à payer (%2).</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayrollArea</name>
    <message>
        <source>&amp;Simulator</source>
        <translation>&amp;Simulateur</translation>
    </message>
    <message>
        <source>Monthly &amp;run</source>
        <translation>&amp;Paie du mois</translation>
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
        <translation>Compte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Analytic code</source>
        <extracomment>Column: the activity&apos;s analytic code</extracomment>
        <translation>Code analytique</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayrollLabels</name>
    <message>
        <source>Draft</source>
        <extracomment>A payroll run that may still be computed again</extracomment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>A payroll run frozen for good</extracomment>
        <translation>Clôturée</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayrollRunPage</name>
    <message>
        <source>The payroll runs cannot be read: %1</source>
        <translation>Les barèmes de paie ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run of %1 cannot be read: %2</source>
        <translation>La paie de %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>No payroll run for %1 yet: &quot;Compute the month&quot; makes one payslip per entrepreneur under a CESA.</source>
        <translation>Pas encore de paie pour %1&#xa0;: «&#xa0;Calculer le mois&#xa0;» établit un bulletin par entrepreneur en CESA.</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Clôturée le %1</translation>
    </message>
    <message>
        <source>Draft computed on %1 at %2</source>
        <translation>Brouillon calculé le %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, rules of %2: %3 payslip(s), gross %4, net before tax %5, employer cost %6.</source>
        <extracomment>%1 the state of the run, %2 the rule table&apos;s first day, %3 the number of payslips, %4 the gross, %5 the net, %6 the employer cost</extracomment>
        <translation>
            <numerusform>%1, barème du %2&#xa0;: %3 bulletin, brut %4, net avant impôt %5, coût employeur %6.</numerusform>
            <numerusform>%1, barème du %2&#xa0;: %3 bulletins, brut %4, net avant impôt %5, coût employeur %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balanced: debit %1 = credit %2.</source>
        <translation>Équilibré&#xa0;: débit %1 = crédit %2.</translation>
    </message>
    <message>
        <source>Not balanced: debit %1, credit %2.</source>
        <translation>Déséquilibré&#xa0;: débit %1, crédit %2.</translation>
    </message>
    <message>
        <source>This month is closed: its run can no longer be replaced</source>
        <translation>Ce mois est clôturé&#xa0;: sa paie ne peut plus être remplacée</translation>
    </message>
    <message>
        <source>Compute every payslip of the month and store the run as a draft</source>
        <translation>Calculer tous les bulletins du mois et enregistrer la paie en brouillon</translation>
    </message>
    <message>
        <source>Compute the month again</source>
        <translation>Recalculer le mois</translation>
    </message>
    <message>
        <source>%1 already has a draft run computed on %2. Compute it again and replace it?</source>
        <translation>%1 a déjà une paie en brouillon calculée le %2. La recalculer et la remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Replace the draft</source>
        <translation>Remplacer le brouillon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Computing the payroll of %1…</source>
        <translation>Calcul de la paie de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 computed: %n payslip(s).</source>
        <translation>
            <numerusform>%1&#xa0;: paie calculée, %n bulletin.</numerusform>
            <numerusform>%1&#xa0;: paie calculée, %n bulletins.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the month</source>
        <translation>Clôturer le mois</translation>
    </message>
    <message numerus="yes">
        <source>Close the payroll of %1? Its %n payslip(s) and journal lines can no longer be changed or computed again.</source>
        <translation>
            <numerusform>Clôturer la paie de %1&#xa0;? %n bulletin et les écritures associées ne pourront plus être modifiés ni recalculés.</numerusform>
            <numerusform>Clôturer la paie de %1&#xa0;? %n bulletins et les écritures associées ne pourront plus être modifiés ni recalculés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1&#xa0;: paie clôturée.</translation>
    </message>
    <message>
        <source>payroll-%1.csv</source>
        <extracomment>The default file name of the payroll firm&apos;s export; %1 is the month (2026-03)</extracomment>
        <translation>paie-%1.csv</translation>
    </message>
    <message>
        <source>Export for the payroll firm</source>
        <translation>Export pour le cabinet de paie</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>There is no run to export for %1.</source>
        <translation>Aucune paie à exporter pour %1.</translation>
    </message>
    <message>
        <source>The export cannot be written to %1: %2</source>
        <translation>L&apos;export ne peut pas être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export written: %1</source>
        <translation>Export écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Monthly run</source>
        <translation>Paie du mois</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ompute the month</source>
        <translation>&amp;Calculer le mois</translation>
    </message>
    <message>
        <source>C&amp;lose the month</source>
        <translation>C&amp;lôturer le mois</translation>
    </message>
    <message>
        <source>&amp;Export for the payroll firm (CSV)</source>
        <translation>&amp;Exporter pour le cabinet de paie (CSV)</translation>
    </message>
    <message>
        <source>Stored runs</source>
        <translation>Paies enregistrées</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <source>Search the payslips</source>
        <translation>Rechercher dans les bulletins</translation>
    </message>
    <message>
        <source>Stored payroll runs</source>
        <translation>Paies enregistrées</translation>
    </message>
    <message>
        <source>Payslips of the month</source>
        <translation>Bulletins du mois</translation>
    </message>
    <message>
        <source>Journal lines of the run</source>
        <translation>Écritures de la paie</translation>
    </message>
    <message>
        <source>Payslip</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Select a payslip in the list to see its lines.</source>
        <translation>Sélectionnez un bulletin dans la liste pour voir ses lignes.</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayrollRunsModel</name>
    <message>
        <source>Computed on %1</source>
        <translation>Calculée le %1</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>clôturée le %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Payslips</source>
        <extracomment>Column: the number of payslips of a run</extracomment>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Employer cost</source>
        <translation>Coût employeur</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayrollSimulator</name>
    <message>
        <source>None: the cooperative&apos;s situation</source>
        <translation>Aucun&#xa0;: situation de la coopérative</translation>
    </message>
    <message>
        <source>The payroll rules cannot be read: %1</source>
        <translation>Les barèmes de paie ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rules of %1 to %2</source>
        <translation>Barème du %1 au %2</translation>
    </message>
    <message>
        <source>Rules from %1</source>
        <translation>Barème à partir du %1</translation>
    </message>
    <message>
        <source>%1: SMIC %2 a month, PSS %3.</source>
        <extracomment>%1 is the period of the rule table, %2 the monthly SMIC, %3 the PSS</extracomment>
        <translation>%1&#xa0;: SMIC %2 par mois, PSS %3.</translation>
    </message>
    <message>
        <source>Enter a whole number of employees, such as %1.</source>
        <translation>Saisissez un nombre entier de salariés, par exemple %1.</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more.</source>
        <translation>Saisissez un montant positif ou nul.</translation>
    </message>
    <message>
        <source>Left over: %1 (the next cent of gross would cost more than the envelope).</source>
        <extracomment>What an envelope leaves when no gross uses it exactly; %1 is an amount</extracomment>
        <translation>Reste&#xa0;: %1 (un centime de brut de plus coûterait davantage que l&apos;enveloppe).</translation>
    </message>
    <message>
        <source>This envelope falls in the 3-SMIC cliff: from a gross of %1 the RGDU stops, so %1 would cost %2, more than the envelope. Every envelope below %2 gives the gross shown here.</source>
        <translation>Cette enveloppe tombe dans l&apos;effet de seuil des 3 SMIC&#xa0;: à partir d&apos;un brut de %1, la RGDU s&apos;arrête, et %1 coûterait %2, plus que l&apos;enveloppe. Toute enveloppe inférieure à %2 donne le brut affiché ici.</translation>
    </message>
    <message>
        <source>Salary simulator</source>
        <translation>Simulateur de salaire</translation>
    </message>
    <message>
        <source>Type one of the three: the two others and every line of the payslip follow.</source>
        <translation>Saisissez l&apos;un des trois montants&#xa0;: les deux autres et toutes les lignes du bulletin suivent.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Entrepreneur:</source>
        <translation>&amp;Entrepreneur&#xa0;:</translation>
    </message>
    <message>
        <source>Cadre:</source>
        <translation>Cadre&#xa0;:</translation>
    </message>
    <message>
        <source>Cadre s&amp;tatus</source>
        <translation>S&amp;tatut cadre</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>E&amp;ffectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;AT/MP rate:</source>
        <extracomment>Accident du travail / maladie professionnelle rate</extracomment>
        <translation>Taux &amp;AT/MP&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mobility rate (VM):</source>
        <extracomment>Versement mobilité rate</extracomment>
        <translation>Versement &amp;mobilité&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;utuelle a month:</source>
        <extracomment>The monthly health insurance (mutuelle), employee and employer together</extracomment>
        <translation>M&amp;utuelle par mois&#xa0;:</translation>
    </message>
    <message>
        <source>Emp&amp;loyer&apos;s share:</source>
        <translation>Part emp&amp;loyeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Gross pay:</source>
        <translation>Salaire &amp;brut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Net before tax:</source>
        <translation>&amp;Net avant impôt&#xa0;:</translation>
    </message>
    <message>
        <source>Employer &amp;cost:</source>
        <translation>&amp;Coût employeur&#xa0;:</translation>
    </message>
    <message>
        <source>The envelope: the largest gross whose employer cost fits in it</source>
        <translation>L&apos;enveloppe&#xa0;: le brut le plus élevé dont le coût employeur n&apos;excède pas ce montant</translation>
    </message>
    <message>
        <source>Type a gross, a net or an employer cost to see the payslip.</source>
        <translation>Saisissez un brut, un net ou un coût employeur pour voir le bulletin.</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayrollSlipsModel</name>
    <message>
        <source>Days of the month under the CESA</source>
        <translation>Jours du mois sous CESA</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Activity</source>
        <extracomment>Column: the activity&apos;s analytic code</extracomment>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>Column: days of the month under contract</extracomment>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Fixed</source>
        <extracomment>Column: the fixed part of the gross pay</extracomment>
        <translation>Fixe</translation>
    </message>
    <message>
        <source>Variable</source>
        <extracomment>Column: the variable part of the gross pay</extracomment>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Net</source>
        <extracomment>Column: net before income tax</extracomment>
        <translation>Net</translation>
    </message>
    <message>
        <source>Employer cost</source>
        <translation>Coût employeur</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayslipLinesModel</name>
    <message>
        <source>General degressive reduction (RGDU)</source>
        <extracomment>The general reduction of employer contributions on low wages, a payslip row</extracomment>
        <translation>Réduction générale dégressive (RGDU)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The RGDU coefficient (a plain number, not a percentage)</source>
        <extracomment>Tooltip of the RGDU&apos;s coefficient on a payslip</extracomment>
        <translation>Coefficient de la RGDU (un nombre, pas un pourcentage)</translation>
    </message>
    <message>
        <source>Reduction of the employer contributions: the gross × the coefficient, none from 3 monthly SMIC up</source>
        <translation>Réduction des cotisations patronales&#xa0;: le brut × le coefficient, nulle à partir de 3 SMIC mensuels</translation>
    </message>
    <message>
        <source>The employee&apos;s rate</source>
        <translation>Taux salarial</translation>
    </message>
    <message>
        <source>The employer&apos;s rate</source>
        <translation>Taux patronal</translation>
    </message>
    <message>
        <source>Contribution</source>
        <extracomment>Column of a payslip: the contribution</extracomment>
        <translation>Cotisation</translation>
    </message>
    <message>
        <source>Base</source>
        <extracomment>Column of a payslip: what the rate applies to, in euros</extracomment>
        <translation>Base</translation>
    </message>
    <message>
        <source>Rate</source>
        <extracomment>Column of a payslip: the rate of the employee&apos;s or the employer&apos;s part, on its left</extracomment>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Employee</source>
        <extracomment>Column of a payslip: the employee&apos;s amount</extracomment>
        <translation>Salarié</translation>
    </message>
    <message>
        <source>Employer</source>
        <extracomment>Column of a payslip: the employer&apos;s amount</extracomment>
        <translation>Employeur</translation>
    </message>
</context>
<context>
    <name>coop::ui::PayslipView</name>
    <message>
        <source>Gross pay</source>
        <translation>Salaire brut</translation>
    </message>
    <message>
        <source>Employee contributions</source>
        <translation>Cotisations salariales</translation>
    </message>
    <message>
        <source>Net before income tax</source>
        <translation>Net à payer avant impôt</translation>
    </message>
    <message>
        <source>Net taxable</source>
        <translation>Net imposable</translation>
    </message>
    <message>
        <source>Net social amount</source>
        <translation>Montant net social</translation>
    </message>
    <message>
        <source>Employer contributions</source>
        <translation>Cotisations patronales</translation>
    </message>
    <message>
        <source>RGDU</source>
        <extracomment>The general reduction of employer contributions (réduction générale dégressive unique)</extracomment>
        <translation>RGDU</translation>
    </message>
    <message>
        <source>Employer total after RGDU</source>
        <translation>Total employeur après RGDU</translation>
    </message>
    <message>
        <source>Employer cost</source>
        <translation>Coût employeur</translation>
    </message>
    <message>
        <source>Payslip lines</source>
        <translation>Lignes du bulletin</translation>
    </message>
    <message>
        <source>No payslip to show.</source>
        <translation>Aucun bulletin à afficher.</translation>
    </message>
</context>
<context>
    <name>coop::ui::PeriodClosingPage</name>
    <message>
        <source>The accounts are closed until %1, that day included.</source>
        <extracomment>%1 is the last day closed</extracomment>
        <translation>Les comptes sont clôturés jusqu&apos;au %1 inclus.</translation>
    </message>
    <message>
        <source>No period is closed: entries can be written on any date.</source>
        <translation>Aucune période n&apos;est clôturée&#xa0;: des écritures peuvent être passées à n&apos;importe quelle date.</translation>
    </message>
    <message>
        <source>Only an administrator can reopen a period.</source>
        <translation>Seul un administrateur peut rouvrir une période.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Réouverture</translation>
    </message>
    <message>
        <source>nothing closed</source>
        <translation>rien n&apos;est clôturé</translation>
    </message>
    <message>
        <source>Period closing</source>
        <translation>Clôture de période</translation>
    </message>
    <message>
        <source>Closing a period locks it: no entry dated in it can be written afterwards. Close a month once its documents, payments and payroll are all validated.</source>
        <translation>Clôturer une période la verrouille&#xa0;: plus aucune écriture datée dans cette période ne peut ensuite être passée. Clôturez un mois une fois ses pièces, paiements et paies tous validés.</translation>
    </message>
    <message>
        <source>&amp;Close until…</source>
        <translation>&amp;Clôturer jusqu&apos;au…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Rouvrir…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Closed until</source>
        <extracomment>History column: the day closed after the event</extracomment>
        <translation>Clôturé jusqu&apos;au</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>coop::ui::PoolEditor</name>
    <message>
        <source>New shared-cost pool</source>
        <translation>Nouveau poste de frais mutualisés</translation>
    </message>
    <message>
        <source>The pool is divided over the activities present in its period, by its key. Preview the split before saving the draft.</source>
        <translation>Le poste est réparti entre les activités présentes sur sa période, selon sa clé. Prévisualisez la répartition avant d&apos;enregistrer le brouillon.</translation>
    </message>
    <message>
        <source>Shared-cost pool %1</source>
        <translation>Poste de frais mutualisés %1</translation>
    </message>
    <message>
        <source>Preview the split before saving the draft.</source>
        <translation>Prévisualisez la répartition avant d&apos;enregistrer le brouillon.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Poste de frais</translation>
    </message>
    <message>
        <source>e.g. Professional liability insurance 2026</source>
        <translation>p. ex. Assurance responsabilité civile professionnelle 2026</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <source>charge account, e.g. 6161</source>
        <translation>compte de charges, p. ex. 6161</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>C&amp;ompte&#xa0;:</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marge brute</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation>Parts égales</translation>
    </message>
    <message>
        <source>Fixed amounts</source>
        <translation>Montants fixes</translation>
    </message>
    <message>
        <source>Custom weights</source>
        <translation>Pondérations libres</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>&amp;Valeurs&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Key value</source>
        <translation>Valeur de clé</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Jours de présence</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quote-part</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Preview the split to see each activity&apos;s share before saving.</source>
        <translation>Prévisualisez la répartition pour voir la quote-part de chaque activité avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <source>The amount each activity is charged when they add up to the pool and everyone is present all along.</source>
        <translation>Le montant imputé à chaque activité lorsque les montants totalisent le poste et que chacune est présente sur toute la période.</translation>
    </message>
    <message>
        <source>A whole number per activity; an empty figure is 0.</source>
        <translation>Un nombre entier par activité&#xa0;; une valeur vide vaut 0.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: type a whole number, e.g. 3.</source>
        <translation>%1&#xa0;: saisissez un nombre entier, p. ex. 3.</translation>
    </message>
    <message>
        <source>%1: the figure cannot be negative.</source>
        <translation>%1&#xa0;: la valeur ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Correct the pool first: %1</source>
        <translation>Corrigez d&apos;abord le poste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computed from the pool as it stands in the form: nothing is stored yet.</source>
        <translation>Calculé à partir du poste tel qu&apos;il figure dans le formulaire&#xa0;: rien n&apos;est encore enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n share(s), %1 in all, for a pool of %2.</source>
        <translation>
            <numerusform>%n quote-part, %1 au total, pour un poste de %2.</numerusform>
            <numerusform>%n quotes-parts, %1 au total, pour un poste de %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coop::ui::PortfolioPage</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A portfolio row: the activity&apos;s analytic code, then its name</extracomment>
        <translation>%1 —&#xa0;%2</translation>
    </message>
    <message>
        <source>Part of the portfolio cannot be read: %1</source>
        <translation>Une partie du portefeuille ne peut pas être lue&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>My portfolio</source>
        <translation>Mon portefeuille</translation>
    </message>
    <message>
        <source>The activities you follow and the work waiting on them. Open an area on the left to act on it.</source>
        <translation>Les activités que vous suivez et le travail en attente. Ouvrez une rubrique à gauche pour y agir.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Entrepreneurs</translation>
    </message>
    <message>
        <source>Drafts to validate</source>
        <translation>Brouillons à valider</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Factures en retard</translation>
    </message>
    <message>
        <source>Contract alerts</source>
        <translation>Alertes sur les contrats</translation>
    </message>
    <message>
        <source>Sync conflicts: unknown</source>
        <translation>Conflits de synchronisation&#xa0;: nombre inconnu</translation>
    </message>
    <message>
        <source>No sync conflict to resolve.</source>
        <translation>Aucun conflit de synchronisation à résoudre.</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s) to resolve in the Sync area.</source>
        <translation>
            <numerusform>%n conflit de synchronisation à résoudre dans la rubrique Synchronisation.</numerusform>
            <numerusform>%n conflits de synchronisation à résoudre dans la rubrique Synchronisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coop::ui::QuoteEditor</name>
    <message>
        <source>Choose a customer</source>
        <translation>Choisissez un client</translation>
    </message>
    <message>
        <source>This quote no longer exists.</source>
        <translation>Ce devis n&apos;existe plus.</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Nouveau devis</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Devis %1</translation>
    </message>
    <message>
        <source>%1, signed on %2</source>
        <translation>%1, signé le %2</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Invoiced: %1 (%2 of %3 incl. VAT)</source>
        <translation>Facturé&#xa0;: %1 (%2 sur %3 TTC)</translation>
    </message>
    <message>
        <source>Choose the customer of the quote.</source>
        <translation>Choisissez le client du devis.</translation>
    </message>
    <message>
        <source>Mark as signed</source>
        <translation>Marquer comme signé</translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>Percentage of the quote (excl. VAT):</source>
        <translation>Pourcentage du devis (HT)&#xa0;:</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>Facture d&apos;acompte</translation>
    </message>
    <message>
        <source>Intermediate invoice</source>
        <translation>Facture intermédiaire</translation>
    </message>
    <message>
        <source>Unsaved quote</source>
        <translation>Devis non enregistré</translation>
    </message>
    <message>
        <source>Save the changes to this quote?</source>
        <translation>Enregistrer les modifications de ce devis&#xa0;?</translation>
    </message>
    <message>
        <source>← Quotes</source>
        <translation>← Devis</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Retour à la liste (Alt+Gauche)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>Pri&amp;x</translation>
    </message>
    <message>
        <source>Disc&amp;ount (%)</source>
        <translation>Re&amp;mise (%)</translation>
    </message>
    <message>
        <source>D&amp;eposit at signature (%)</source>
        <translation>Ac&amp;ompte à la signature (%)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>&amp;Add a line</source>
        <translation>A&amp;jouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Remove the line</source>
        <translation>Supp&amp;rimer la ligne</translation>
    </message>
    <message>
        <source>Totals per VAT rate</source>
        <translation>Totaux par taux de TVA</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Base excl. VAT</source>
        <translation>Base HT</translation>
    </message>
    <message>
        <source>Invoices of this quote</source>
        <translation>Factures de ce devis</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the quote (Ctrl+S)</source>
        <translation>Enregistrer le devis (Ctrl+S)</translation>
    </message>
    <message>
        <source>Mark as se&amp;nt</source>
        <translation>Marquer comme e&amp;nvoyé</translation>
    </message>
    <message>
        <source>Mark as si&amp;gned…</source>
        <translation>Marquer comme si&amp;gné…</translation>
    </message>
    <message>
        <source>Mark as re&amp;fused</source>
        <translation>Marquer comme re&amp;fusé</translation>
    </message>
    <message>
        <source>&amp;Deposit invoice…</source>
        <translation>Facture d&apos;&amp;acompte…</translation>
    </message>
    <message>
        <source>&amp;Intermediate invoice…</source>
        <translation>Facture &amp;intermédiaire…</translation>
    </message>
    <message>
        <source>&amp;Balance invoice</source>
        <translation>Facture de &amp;solde</translation>
    </message>
    <message>
        <source>Save the quote</source>
        <translation>Enregistrer le devis</translation>
    </message>
    <message>
        <source>Back to the quotes</source>
        <translation>Retour aux devis</translation>
    </message>
</context>
<context>
    <name>coop::ui::QuoteLabels</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>Facture d&apos;acompte</translation>
    </message>
    <message>
        <source>Intermediate invoice</source>
        <translation>Facture intermédiaire</translation>
    </message>
    <message>
        <source>Balance invoice</source>
        <translation>Facture de solde</translation>
    </message>
</context>
<context>
    <name>coop::ui::QuotesModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
</context>
<context>
    <name>coop::ui::QuotesPage</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n devis</numerusform>
            <numerusform>%n devis</numerusform>
        </translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Search a number, a customer, a title</source>
        <translation>Rechercher un numéro, un client, un titre</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <translation>Rechercher parmi les devis</translation>
    </message>
    <message>
        <source>New &amp;quote</source>
        <translation>Nouveau &amp;devis</translation>
    </message>
    <message>
        <source>New &amp;quote…</source>
        <translation>Nouveau &amp;devis…</translation>
    </message>
    <message>
        <source>Open the quote</source>
        <translation>Ouvrir le devis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
</context>
<context>
    <name>coop::ui::ReopenPeriodDialog</name>
    <message>
        <source>Reopen the accounts closed until %1</source>
        <extracomment>%1 is the last day closed now</extracomment>
        <translation>Rouvrir les comptes clôturés jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Entries dated after the day you choose can be written again. Leave the date empty to reopen everything. The reopening is recorded with its reason.</source>
        <translation>Les écritures datées après le jour choisi pourront de nouveau être passées. Laissez la date vide pour tout rouvrir. La réouverture est enregistrée avec son motif.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>e.g. a supplier invoice of March received late</source>
        <translation>p. ex. une facture fournisseur de mars reçue en retard</translation>
    </message>
    <message>
        <source>Keep closed &amp;until:</source>
        <translation>Laisser clôturé &amp;jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a day before %1, or none to reopen everything.</source>
        <translation>Choisissez un jour antérieur au %1, ou aucun pour tout rouvrir.</translation>
    </message>
    <message>
        <source>Say why the period is reopened: the reason is recorded.</source>
        <translation>Indiquez pourquoi la période est rouverte&#xa0;: le motif est enregistré.</translation>
    </message>
</context>
<context>
    <name>coop::ui::SalesArea</name>
    <message>
        <source>New &amp;invoice…</source>
        <translation>Nouvelle &amp;facture…</translation>
    </message>
    <message>
        <source>F&amp;ind an invoice</source>
        <translation>&amp;Rechercher une facture</translation>
    </message>
    <message>
        <source>New &amp;quote…</source>
        <translation>Nouveau &amp;devis…</translation>
    </message>
    <message>
        <source>F&amp;ind a quote</source>
        <translation>&amp;Rechercher un devis</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Factures</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Devis</translation>
    </message>
</context>
<context>
    <name>coop::ui::SalesLabels</name>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Prestations de services</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Livraisons de biens</translation>
    </message>
    <message>
        <source>Goods and services</source>
        <translation>Livraisons de biens et prestations de services</translation>
    </message>
    <message>
        <source>Prices excluding VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <source>Prices including VAT</source>
        <translation>Prix TTC</translation>
    </message>
    <message>
        <source>Company or public body</source>
        <translation>Entreprise ou organisme public</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <extracomment>A validated credit note</extracomment>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message numerus="yes">
        <source>Partly paid, overdue (%n d)</source>
        <extracomment>A partly paid invoice past its due date; %n days late</extracomment>
        <translation>
            <numerusform>Partiellement payée, en retard (%n j)</numerusform>
            <numerusform>Partiellement payée, en retard (%n j)</numerusform>
        </translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n d)</source>
        <extracomment>An unpaid invoice past its due date; %n days late</extracomment>
        <translation>
            <numerusform>En retard (%n j)</numerusform>
            <numerusform>En retard (%n j)</numerusform>
        </translation>
    </message>
    <message>
        <source>To be paid</source>
        <extracomment>An invoice waiting for its payment</extracomment>
        <translation>À payer</translation>
    </message>
    <message>
        <source>All</source>
        <comment>invoice state filter</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Nothing paid</source>
        <translation>Aucun règlement</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Impayées</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>0 % (exempt)</source>
        <extracomment>The 0 % VAT rate, which needs an exemption mention</extracomment>
        <translation>0&#xa0;% (exonéré)</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
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
        <translation>pièce</translation>
    </message>
    <message>
        <source>lump sum</source>
        <translation>forfait</translation>
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
        <translation>Nouvelle version du barème de contribution</translation>
    </message>
    <message>
        <source>A version applies from its effective date, as voted by the general assembly. Preview its effect on a month before saving it.</source>
        <translation>Une version s&apos;applique à partir de sa date d&apos;effet, telle que votée par l&apos;assemblée générale. Prévisualisez son effet sur un mois avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Contribution scale %1</source>
        <translation>Barème de contribution %1</translation>
    </message>
    <message>
        <source>Preview the effect of your changes on a month before saving them.</source>
        <translation>Prévisualisez l&apos;effet de vos modifications sur un mois avant de les enregistrer.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Barème</translation>
    </message>
    <message>
        <source>e.g. BAREME-2026</source>
        <translation>p. ex. BAREME-2026</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. general assembly of 12/06/2025, resolution 4</source>
        <translation>p. ex. assemblée générale du 12/06/2025, résolution 4</translation>
    </message>
    <message>
        <source>General &amp;assembly:</source>
        <translation>&amp;Assemblée générale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>En vi&amp;gueur à partir du&#xa0;:</translation>
    </message>
    <message>
        <source>Turnover invoiced (excl. VAT)</source>
        <translation>Chiffre d&apos;affaires facturé (HT)</translation>
    </message>
    <message>
        <source>Turnover collected (excl. VAT)</source>
        <translation>Chiffre d&apos;affaires encaissé (HT)</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marge brute</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>Assie&amp;tte&#xa0;:</translation>
    </message>
    <message>
        <source>From (€)</source>
        <translation>À partir de (€)</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Taux (%)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>One row is a flat rate; the first bracket starts at 0.</source>
        <translation>Une seule ligne vaut taux forfaitaire&#xa0;; la première tranche commence à 0.</translation>
    </message>
    <message>
        <source>Brac&amp;kets:</source>
        <translation>T&amp;ranches&#xa0;:</translation>
    </message>
    <message>
        <source>Marginal: each slice at its own rate</source>
        <translation>Marginal&#xa0;: chaque tranche à son propre taux</translation>
    </message>
    <message>
        <source>Whole base: the rate reached applies to all of it</source>
        <translation>Assiette entière&#xa0;: le taux atteint s&apos;applique à toute l&apos;assiette</translation>
    </message>
    <message>
        <source>Brackets a&amp;pply:</source>
        <translation>Application des tranc&amp;hes&#xa0;:</translation>
    </message>
    <message>
        <source>To each month</source>
        <translation>À chaque mois</translation>
    </message>
    <message>
        <source>To the year to date</source>
        <translation>Au cumul depuis le début de l&apos;année</translation>
    </message>
    <message>
        <source>To the total since entry</source>
        <translation>Au cumul depuis l&apos;entrée</translation>
    </message>
    <message>
        <source>Bracket ba&amp;sis:</source>
        <translation>C&amp;umul des tranches&#xa0;:</translation>
    </message>
    <message>
        <source>After (months)</source>
        <translation>Après (mois)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Floor (€)</source>
        <translation>Plancher (€)</translation>
    </message>
    <message>
        <source>Each row applies from that many months after the entrepreneur&apos;s entry, for one contract type or any; the greatest reached applies.</source>
        <translation>Chaque ligne s&apos;applique à partir de ce nombre de mois après l&apos;entrée de l&apos;entrepreneur, pour un type de contrat ou pour tous&#xa0;; la plus élevée atteinte s&apos;applique.</translation>
    </message>
    <message>
        <source>Monthly &amp;floors:</source>
        <translation>Pla&amp;nchers mensuels&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Prorated to the months of presence; empty for no cap.</source>
        <translation>Proratisé selon les mois de présence&#xa0;; vide pour aucun plafond.</translation>
    </message>
    <message>
        <source>Annual ca&amp;p:</source>
        <translation>Pla&amp;fond annuel&#xa0;:</translation>
    </message>
    <message>
        <source>€ a year</source>
        <translation>€ par an</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>The cap of an associate; empty for the same cap.</source>
        <translation>Le plafond d&apos;un associé&#xa0;; vide pour le même plafond.</translation>
    </message>
    <message>
        <source>Annual cap of an a&amp;ssociate:</source>
        <translation>Plafond annuel d&apos;un a&amp;ssocié&#xa0;:</translation>
    </message>
    <message>
        <source>in the base</source>
        <translation>dans l&apos;assiette</translation>
    </message>
    <message>
        <source>The rate of invoicing between entrepreneurs of the cooperative; empty to count it in the base.</source>
        <translation>Le taux appliqué à la facturation entre entrepreneurs de la coopérative&#xa0;; vide pour l&apos;inclure dans l&apos;assiette.</translation>
    </message>
    <message>
        <source>&amp;Internal invoicing:</source>
        <translation>Facturation &amp;interne&#xa0;:</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;Default scale (contracts that name none)</source>
        <translation>Barème par &amp;défaut (contrats qui n&apos;en indiquent aucun)</translation>
    </message>
    <message>
        <source>Default scale</source>
        <translation>Barème par défaut</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois&#xa0;:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Assiette</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>With this scale</source>
        <translation>Avec ce barème</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Choose a month and preview what each activity would owe.</source>
        <translation>Choisissez un mois et prévisualisez ce que chaque activité devrait.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Type a whole number of months, e.g. 12.</source>
        <translation>Saisissez un nombre entier de mois, p. ex. 12.</translation>
    </message>
    <message>
        <source>Correct the scale first: %1</source>
        <translation>Corrigez d&apos;abord le barème&#xa0;: %1</translation>
    </message>
    <message>
        <source>No activity is under this scale in %1.</source>
        <translation>Aucune activité ne relève de ce barème en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities in %1, computed as if the scale were saved: nothing is stored yet.</source>
        <translation>
            <numerusform>%n activité en %1, calculée comme si le barème était enregistré&#xa0;: rien n&apos;est encore enregistré.</numerusform>
            <numerusform>%n activités en %1, calculées comme si le barème était enregistré&#xa0;: rien n&apos;est encore enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1 now, %2 with this scale (difference %3).</source>
        <translation>Total&#xa0;: %1 actuellement, %2 avec ce barème (écart %3).</translation>
    </message>
</context>
<context>
    <name>coop::ui::ScalesDialog</name>
    <message>
        <source>Contribution scales</source>
        <translation>Barèmes de contribution</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>En vigueur à partir du</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>General assembly</source>
        <translation>Assemblée générale</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>&amp;New scale…</source>
        <translation>&amp;Nouveau barème…</translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation>Nouvelle &amp;version…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>coop::ui::SignInDialog</name>
    <message>
        <source>Sign in to the cooperative&apos;s server</source>
        <translation>Se connecter au serveur de la coopérative</translation>
    </message>
    <message>
        <source>Your password is sent to the server once and never kept on this computer; the store keeps a session that this device renews.</source>
        <translation>Votre mot de passe est envoyé une seule fois au serveur et n&apos;est jamais conservé sur cet ordinateur&#xa0;; le dossier garde une session que cet appareil renouvelle.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>Nom de l&apos;&amp;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Enter the address of the cooperative&apos;s server.</source>
        <translation>Saisissez l&apos;adresse du serveur de la coopérative.</translation>
    </message>
    <message>
        <source>Enter an address such as https://coop.example.org.</source>
        <translation>Saisissez une adresse telle que https://coop.example.org.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Name this device, e.g. &quot;Claire&apos;s laptop&quot;.</source>
        <translation>Nommez cet appareil, par exemple «&#xa0;Portable de Claire&#xa0;».</translation>
    </message>
    <message>
        <source>A sync is running; try again when it ends.</source>
        <translation>Une synchronisation est en cours&#xa0;; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>coop::ui::StoreDialog</name>
    <message>
        <source>Open a store</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Unlock the store</source>
        <translation>Déverrouiller le dossier</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Fichier du dossier</translation>
    </message>
    <message>
        <source>Create a new store</source>
        <translation>Créer un nouveau dossier</translation>
    </message>
    <message>
        <source>The store is an encrypted file that holds the cooperative&apos;s data. Nobody can open it without its passphrase, nor recover a lost passphrase: keep it somewhere safe.</source>
        <translation>Le dossier est un fichier chiffré qui contient les données de la coopérative. Personne ne peut l&apos;ouvrir sans sa phrase secrète, ni retrouver une phrase secrète perdue&#xa0;: conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nom du dossier</translation>
    </message>
    <message>
        <source>e.g. Horizon Cooperative</source>
        <translation>p. ex. Coopérative Horizon</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Choose the store file</source>
        <translation>Choisir le fichier du dossier</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>C&amp;onfirm:</source>
        <translation>C&amp;onfirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm the passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Create a new store…</source>
        <translation>Créer un nouveau dossier…</translation>
    </message>
    <message>
        <source>Open another store…</source>
        <translation>Ouvrir un autre dossier…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Demo store: the passphrase is “%1”.</source>
        <extracomment>%1 is the demo passphrase, shown as is</extracomment>
        <translation>Dossier de démonstration&#xa0;: la phrase secrète est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>At least %1 characters; several words are easy to remember.</source>
        <translation>Au moins %1 caractères&#xa0;; plusieurs mots se retiennent facilement.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Trop courte&#xa0;: au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Weak: add words, capitals, digits or symbols.</source>
        <translation>Faible&#xa0;: ajoutez des mots, des majuscules, des chiffres ou des symboles.</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>Correcte.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>CoopDesk stores (*.coopdesk);;All files (*)</source>
        <translation>Dossiers CoopDesk (*.coopdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New store file</source>
        <translation>Fichier du nouveau dossier</translation>
    </message>
    <message>
        <source>CoopDesk stores (*.coopdesk)</source>
        <translation>Dossiers CoopDesk (*.coopdesk)</translation>
    </message>
</context>
<context>
    <name>coop::ui::SupplierInvoiceDialog</name>
    <message>
        <source>optional, 9 digits</source>
        <translation>facultatif, 9 chiffres</translation>
    </message>
    <message>
        <source>Attach the &amp;scanned invoice…</source>
        <translation>Joindre la facture &amp;numérisée…</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activité&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;upplier:</source>
        <translation>F&amp;ournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>SI&amp;REN:</source>
        <translation>SI&amp;REN&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>Scanned invoice:</source>
        <translation>Facture numérisée&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Charge account</source>
        <translation>Compte de charge</translation>
    </message>
    <message>
        <source>Excl. VAT (€)</source>
        <translation>HT (€)</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>Supprimer la l&amp;igne</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>Payée l&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Marquer &amp;payée</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
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
        <translation>Joindre la facture numérisée</translation>
    </message>
    <message>
        <source>Invoices (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Factures (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>New supplier invoice</source>
        <translation>Nouvelle facture fournisseur</translation>
    </message>
    <message>
        <source>Supplier invoice %1 of %2</source>
        <translation>Facture fournisseur %1 de %2</translation>
    </message>
    <message>
        <source>new, not saved yet</source>
        <translation>nouvelle, pas encore enregistrée</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Excl. VAT %1, VAT %2, incl. VAT %3</source>
        <translation>HT %1, TVA %2, TTC %3</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The invoice cannot be validated: the USER environment variable, which signs the validation, is empty.</source>
        <translation>La facture ne peut pas être validée&#xa0;: la variable d&apos;environnement USER, qui signe la validation, est vide.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>coop::ui::SupplierInvoicesPage</name>
    <message numerus="yes">
        <source>%n supplier invoice(s)</source>
        <translation>
            <numerusform>%n facture fournisseur</numerusform>
            <numerusform>%n factures fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Search an activity, a supplier or a reference</source>
        <translation>Rechercher une activité, un fournisseur ou une référence</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>coop::ui::SyncArea</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Envoi des modifications</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Réception des modifications</translation>
    </message>
    <message>
        <source>Receiving the cooperative&apos;s data</source>
        <translation>Réception des données de la coopérative</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n en conflit</numerusform>
            <numerusform>%n en conflit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n change(s)</source>
        <translation>
            <numerusform>%n modification reçue</numerusform>
            <numerusform>%n modifications reçues</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Your work is kept in this store and sent to the cooperative&apos;s server when you are online; what others changed comes back the same way.</source>
        <translation>Votre travail est conservé dans ce dossier et envoyé au serveur de la coopérative lorsque vous êtes en ligne&#xa0;; ce que les autres ont modifié revient par le même chemin.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>En attente d&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Dernière synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflits à résoudre</translation>
    </message>
    <message>
        <source>Search the conflicts</source>
        <translation>Rechercher parmi les conflits</translation>
    </message>
    <message>
        <source>Conflict inbox</source>
        <translation>Boîte des conflits</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Garder celle du serveur</translation>
    </message>
    <message>
        <source>The value on the server stays; the conflict is closed.</source>
        <translation>La valeur du serveur est conservée&#xa0;; le conflit est clos.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Your value is sent again at the next sync.</source>
        <translation>Votre valeur sera renvoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation>Valeur du serveur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n opération</numerusform>
            <numerusform>%n opérations</numerusform>
        </translation>
    </message>
    <message>
        <source>(the whole change)</source>
        <translation>(toute la modification)</translation>
    </message>
    <message>
        <source>The sync runs in the background on its own access to the store. Enter the store&apos;s passphrase to allow it:</source>
        <translation>La synchronisation s&apos;exécute en arrière-plan avec son propre accès au dossier. Saisissez la phrase secrète du dossier pour l&apos;autoriser&#xa0;:</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not unlock this store.</source>
        <translation>Phrase secrète incorrecte&#xa0;: elle ne déverrouille pas ce dossier.</translation>
    </message>
</context>
<context>
    <name>coop::ui::SyncStatusButton</name>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <extracomment>In the status bar: operations waiting to be sent to the server</extracomment>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <extracomment>In the status bar: when the last sync ended</extracomment>
        <translation>dernière synchronisation %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Not signed in to the cooperative&apos;s server.</source>
        <translation>Non connecté au serveur de la coopérative.</translation>
    </message>
    <message>
        <source>Click to open the Sync area.</source>
        <translation>Cliquez pour ouvrir la rubrique Synchronisation.</translation>
    </message>
</context>
<context>
    <name>coop::ui::TimelineWidget</name>
    <message>
        <source>Contract timeline</source>
        <translation>Frise des contrats</translation>
    </message>
    <message>
        <source>No contract yet.</source>
        <translation>Aucun contrat pour l&apos;instant.</translation>
    </message>
    <message>
        <source>CAPE</source>
        <translation>CAPE</translation>
    </message>
    <message>
        <source>Renewal %1</source>
        <translation>Renouvellement %1</translation>
    </message>
    <message>
        <source>CESA</source>
        <translation>CESA</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Associé</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <extracomment>A period on the timeline: &quot;CESA: 01/03/2026 – 31/12/2026&quot;</extracomment>
        <translation>%1&#xa0;: %2 – %3</translation>
    </message>
    <message>
        <source>%1: since %2</source>
        <translation>%1&#xa0;: depuis le %2</translation>
    </message>
    <message>
        <source>Associate by %1</source>
        <translation>Associé au plus tard le %1</translation>
    </message>
    <message>
        <source>Exit %1</source>
        <translation>Sortie le %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
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
        <translation>Compte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Opening debit</source>
        <extracomment>Trial balance column: the debit brought forward</extracomment>
        <translation>À-nouveaux débit</translation>
    </message>
    <message>
        <source>Opening credit</source>
        <translation>À-nouveaux crédit</translation>
    </message>
    <message>
        <source>Debit</source>
        <extracomment>Trial balance column: the period&apos;s debit movements</extracomment>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Balance debit</source>
        <extracomment>Trial balance column: a debit balance</extracomment>
        <translation>Solde débiteur</translation>
    </message>
    <message>
        <source>Balance credit</source>
        <translation>Solde créditeur</translation>
    </message>
</context>
<context>
    <name>coop::ui::TrialBalancePage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Whole cooperative</source>
        <extracomment>The trial balance&apos;s analytic filter: no filter</extracomment>
        <translation>Toute la coopérative</translation>
    </message>
    <message>
        <source>Cooperative (%1)</source>
        <translation>Coopérative (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) · debit %1 · credit %2 · debit balances %3 · credit balances %4</source>
        <extracomment>Under the trial balance; %n accounts, then the total debit and credit (opening balances and movements) and the total of the debit and credit balances</extracomment>
        <translation>
            <numerusform>%n compte · débit %1 · crédit %2 · soldes débiteurs %3 · soldes créditeurs %4</numerusform>
            <numerusform>%n comptes · débit %1 · crédit %2 · soldes débiteurs %3 · soldes créditeurs %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Aucun dossier n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>trial-balance-%1</source>
        <extracomment>The proposed file name of the trial balance (no extension); %1 is the date</extracomment>
        <translation>balance-generale-%1</translation>
    </message>
    <message>
        <source>Export the trial balance</source>
        <translation>Exporter la balance générale</translation>
    </message>
    <message>
        <source>general-ledger-%1</source>
        <extracomment>The proposed file name of the general ledger (no extension); %1 is the date</extracomment>
        <translation>grand-livre-%1</translation>
    </message>
    <message>
        <source>general-ledger-%1-%2</source>
        <extracomment>%1 is the account, %2 the date</extracomment>
        <translation>grand-livre-%1-%2</translation>
    </message>
    <message>
        <source>Export the general ledger</source>
        <translation>Exporter le grand livre</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message>
        <source>On &amp;date:</source>
        <translation>À la &amp;date&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;nalytic:</source>
        <translation>A&amp;nalytique&#xa0;:</translation>
    </message>
    <message>
        <source>Export the trial balance:</source>
        <translation>Exporter la balance générale&#xa0;:</translation>
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
        <translation>&amp;Grand livre des comptes&#xa0;:</translation>
    </message>
    <message>
        <source>all</source>
        <extracomment>The general ledger&apos;s account field when empty: every account</extracomment>
        <translation>tous</translation>
    </message>
    <message>
        <source>An account number or its first digits (411 for every customer account); empty for every account</source>
        <translation>Un numéro de compte ou ses premiers chiffres (411 pour tous les comptes clients)&#xa0;; vide pour tous les comptes</translation>
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
        <translation>CoopDesk, la gestion des coopératives d&apos;activité et d&apos;emploi.</translation>
    </message>
    <message>
        <source>Open the store FILE (or create it).</source>
        <translation>Ouvrir le dossier FICHIER (ou le créer).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Open the demo store (passphrase: demo), created on first use.</source>
        <translation>Ouvrir le dossier de démonstration (phrase secrète&#xa0;: demo), créé à la première utilisation.</translation>
    </message>
    <message>
        <source>Language of the interface: fr or en.</source>
        <translation>Langue de l&apos;interface&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
</context>
</TS>
