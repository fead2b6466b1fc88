"""Documents written for the tests, in the formats of the sources kg reads.

They follow the official layouts (Aanhangsel van de Handelingen, Vlaams Parlement
schriftelijke vragen, Kamerstukken) but are about other topics than the sample corpus.
"""

KAMERVRAGEN = """\
2021Z01234

Vragen van het lid Sjoerdsma (D66) aan de Minister van Buitenlandse Zaken over de arrestatie
van oppositieleden in Hongkong (ingezonden 12 januari 2021).

Antwoord van Minister Blok (Buitenlandse Zaken) (ontvangen 3 februari 2021).

Vraag 1
Bent u bekend met het bericht ‘Hongkong arresteert tientallen oppositieleden’?

Antwoord 1
Ja.

Vraag 2
Bent u bereid deze arrestaties bij uw Chinese ambtgenoot aan de orde te stellen?

Antwoord 2
Ja. Nederland heeft de arrestaties samen met de andere EU-lidstaten veroordeeld en zal
dit ook bilateraal opbrengen.
"""

KAMERVRAGEN_UNANSWERED = """\
Vragen van de leden Van der Graaf (ChristenUnie) en Omtzigt (CDA) aan de Minister van
Buitenlandse Zaken en de Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking
over de situatie van Oeigoeren in Xinjiang (ingezonden 2 maart 2021).

Vraag 1
Kent u het rapport van het Australian Strategic Policy Institute over dwangarbeid?

Vraag 2
Welke stappen zet het kabinet om import van producten van dwangarbeid te weren?
"""

FLEMISH_QUESTION = """\
SCHRIFTELIJKE VRAAG nr. 517
van KOEN DAENIELS
datum: 14 mei 2021
aan JAN JAMBON
MINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN BUITENLANDS BELEID
EN CULTUUR

Handelsmissie naar Zuid-Afrika

Eind dit jaar plant de Vlaamse Regering een economische missie naar Zuid-Afrika. Flanders
Investment & Trade bereidt de missie voor.

1. Welke sectoren nemen deel aan de missie?

2. Welke ontmoetingen met de Zuid-Afrikaanse overheid zijn gepland?

JAN JAMBON
MINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN BUITENLANDS BELEID
EN CULTUUR

ANTWOORD op vraag nr. 517 van 14 mei 2021 van KOEN DAENIELS

1. Aan de missie nemen bedrijven uit de haven-, energie- en voedingssector deel.

2. Er zijn ontmoetingen gepland met de provinciale regering van Gauteng en met het
Zuid-Afrikaanse ministerie van Handel.
"""

KAMERBRIEF = """\
21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken

Nr. 2250 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 4 maart 2021

Hierbij bied ik u de geannoteerde agenda aan voor de Raad Buitenlandse Zaken van
22 maart 2021. Tijdens deze Raad spreken de ministers over de betrekkingen met
Turkije en over de situatie in Ethiopië (zie ook Kamerstuk 21 501-02, nr. 2245).

Het kabinet zet zich in voor een gezamenlijke EU-verklaring over de toegang van
hulporganisaties tot Tigray.

De Minister van Buitenlandse Zaken,
S.A. Blok
"""
