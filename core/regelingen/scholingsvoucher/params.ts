/**
 * The scholingsvoucher of UWV ("Tijdelijke regeling subsidie scholing richting een kansberoep", May 2016 to 1 January
 * 2018) as data. Not a cofinancing regeling of its own in cofin: a begroting may carry voucher lines, and
 * COFIN.SCHOLINGSVOUCHER gives the maximum for one person.
 *
 * Read: the Kamerbrief "Doorstart naar nieuw werk" (mid-2016, sources/003), its footnote 5, and UWV's page on the
 * voucher. The Staatscourant text of the regeling itself was not read, so no article number is cited.
 */
import type { Parameter } from '../../parameter';

const KAMERBRIEF = 'Kamerbrief "Doorstart naar nieuw werk" en voortgang sectorplannen (medio 2016)';

export const SCHOLINGSVOUCHER_NAAM = 'Tijdelijke regeling subsidie scholing richting een kansberoep (scholingsvoucher)';

export const SCHOLINGSVOUCHER_BRON = `${KAMERBRIEF}, "Scholingsvouchers Werkzoekenden"`;

export const scholingsvoucherParams = {
  maximumPerPersoon: {
    waarde: '2500',
    omschrijving:
      'Maximale subsidie van één scholingsvoucher per persoon, inclusief btw (alle kosten van de opleiding)',
    bron: `${KAMERBRIEF}: "Het maximale subsidiebedrag van de voucher is 2.500 euro"; UWV, Scholingsvoucher voor werkzoekende: "De aanvraag mag maximaal € 2.500 (inclusief btw) zijn"`,
    zekerheid: 'zeker',
    geldigVanaf: '2016-05-01',
    geldigTot: '2017-12-31',
  },
  baangarantieMinMaanden: {
    waarde: 6,
    omschrijving:
      'Boven het maximum alleen bij een baangarantie van een nieuwe werkgever van ten minste zoveel maanden (en een dure opleiding die nodig is voor een kansberoep)',
    bron: `${KAMERBRIEF}, voetnoot 5: "Een uitzondering kan worden gemaakt voor een duurdere opleiding dan 2.500 euro onder de voorwaarde dat men kan aantonen dat de dure opleiding nodig is voor een kansberoep en dat er een baangarantie is van een nieuwe werkgever van ten minste zes maanden"`,
    zekerheid: 'zeker',
    lezing:
      'De bronnen noemen geen bovengrens voor de uitzondering en zeggen dat zij gemaakt "kan" worden: cofin geeft boven € 2.500 met baangarantie geen maximum, maar zegt dat UWV over de uitzondering beslist. Of de dure opleiding nodig is voor een kansberoep kan cofin niet toetsen.',
    geldigVanaf: '2016-05-01',
    geldigTot: '2017-12-31',
  },
  geenDubbeleFinanciering: {
    waarde: 'ja',
    omschrijving:
      'Geen scholingsvoucher voor een opleiding die al (gedeeltelijk) uit de Regeling cofinanciering sectorplannen (2015) of een andere (semi-)publieke regeling wordt betaald',
    bron: 'korento.nl, "Scholingsvouchers: ook voor werkenden en zelfstandigen" (28-2-2017): "De opleiding of het EVC-traject worden niet al (gedeeltelijk) betaald uit andere regelingen van de semi-overheid"; zeeland.lerenenwerken.nl, "Scholingsvoucher Nieuwe Stijl": "Er is geen sprake van scholing of opleiding vanuit de regeling cofinanciering sectorplannen"',
    zekerheid: 'waarschijnlijk',
    lezing:
      'Een voucherpost in een begroting die cofinanciering vraagt, telt cofin mee in de subsidiabele kosten zoals elke andere post; de bronnen sluiten uit dat dezelfde opleiding uit beide wordt betaald. cofin waarschuwt daarom bij elke voucherpost, en laat het aan de aanvrager de post eruit te halen of te onderbouwen.',
    geldigVanaf: '2016-05-01',
    geldigTot: '2017-12-31',
  },
} as const satisfies Record<string, Parameter<string | number>>;
