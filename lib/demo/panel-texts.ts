/*
 * The demo panels' descriptions and privacy texts, in plain Dutch (B1). They say what is stored
 * (only email, birth year, sex, district and postcode), why, how long, the member's rights and
 * how to leave. A municipality replaces them with its own texts before real use.
 */

export const DIGIPANEL_DESCRIPTION = `Het Digipanel is een groep inwoners van Oosterhout die een paar keer per jaar een vragenlijst invult over hun stad, wijk of dorp. De gemeente gebruikt de antwoorden om beter beleid te maken. U doet mee vanaf 16 jaar. U krijgt hoogstens 4 uitnodigingen per jaar. Meedoen is vrijwillig: u kunt altijd even pauzeren of stoppen.`;

export const DIGIPANEL_PRIVACY = `Wat bewaren we?
Alleen wat nodig is: uw e-mailadres, uw geboortejaar, uw geslacht, uw postcode en de wijk die bij uw postcode hoort. Geen naam, geen adres, geen telefoonnummer.

Waarom?
Met uw e-mailadres sturen we u uitnodigingen voor vragenlijsten. Met uw geboortejaar, geslacht en wijk kiezen we een groep leden die lijkt op alle inwoners, en kunnen we zien of jongeren, ouderen en alle wijken genoeg meedoen.

Uw antwoorden
Bij de meeste vragenlijsten zijn uw antwoorden anoniem: niemand kan zien welke antwoorden van u zijn. Als dat bij een vragenlijst niet zo is, staat dat vooraf duidelijk in de uitnodiging.

Hoe lang?
We bewaren uw gegevens zolang u lid bent. Stopt u, dan wissen we uw e-mailadres en postcode meteen. Uw antwoorden blijven bewaard, maar zijn dan niet meer aan u gekoppeld.

Uw rechten
U mag uw gegevens altijd inzien, verbeteren of downloaden. Dat doet u via de link in elke e-mail van het Digipanel. Heeft u een vraag of klacht? Neem contact op met de functionaris gegevensbescherming van de gemeente. U mag ook een klacht indienen bij de Autoriteit Persoonsgegevens.

Stoppen
U kunt altijd stoppen, zonder uitleg. Klik op de afmeldlink onder elke e-mail, of ga naar uw ledenpagina en kies "Stoppen met het Digipanel".`;

export const KLANKBORD_DESCRIPTION = `De klankbordgroep van de Adviesraad Sociaal Domein is een groep inwoners die meedenkt over zorg, welzijn, werk en inkomen in Oosterhout. De Adviesraad vraagt de klankbordgroep een paar keer per jaar om hun mening, voordat de raad de gemeente advies geeft. U doet mee vanaf 18 jaar. U krijgt hoogstens 6 uitnodigingen per jaar.`;

export const KLANKBORD_PRIVACY = `Wat bewaren we?
Alleen wat nodig is: uw e-mailadres, uw geboortejaar, uw geslacht, uw postcode en de wijk die bij uw postcode hoort. Geen naam, geen adres, geen telefoonnummer.

Waarom?
Met uw e-mailadres sturen we u vragen van de Adviesraad Sociaal Domein. Met uw geboortejaar, geslacht en wijk zien we of de groep die antwoordt lijkt op alle inwoners.

Uw antwoorden
Uw antwoorden zijn anoniem, tenzij in de uitnodiging staat dat de Adviesraad u later nog iets wil vragen over uw antwoord. Dat staat er dan vooraf duidelijk bij.

Hoe lang?
We bewaren uw gegevens zolang u lid bent. Stopt u, dan wissen we uw e-mailadres en postcode meteen. Uw antwoorden blijven bewaard, maar zijn dan niet meer aan u gekoppeld.

Uw rechten
U mag uw gegevens altijd inzien, verbeteren of downloaden, via de link in elke e-mail. Heeft u een vraag of klacht? Neem contact op met de functionaris gegevensbescherming van de gemeente, of met de Autoriteit Persoonsgegevens.

Stoppen
U kunt altijd stoppen, zonder uitleg. Klik op de afmeldlink onder elke e-mail, of ga naar uw ledenpagina en kies "Stoppen".`;
