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
        <translation>Ligne de commande de CoopDesk.

Commandes&#xa0;:
  store init                 créer un dossier chiffré (--name, --kdf)
  store check                vérifier le dossier&#xa0;; affiche «&#xa0;ok&#xa0;» ou les problèmes
  store key                  afficher la clé de données brute en 64 chiffres hexadécimaux
  store passphrase           changer la phrase secrète (--new-passphrase-file)
  store backup               écrire une sauvegarde chiffrée (--out, --backup-passphrase-file)
  store restore              restaurer une sauvegarde dans --store (--in, --backup-passphrase-file, --replace)

La phrase secrète du dossier vient de --passphrase-file FICHIER ou de la variable COOPDESK_PASSPHRASE, jamais de la ligne de commande.
Code de sortie&#xa0;: 0 terminé, 1 échec (la raison sur stderr), 2 ligne de commande incorrecte.</translation>
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
    <name>main</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Impossible de créer le répertoire de %1.</translation>
    </message>
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
