import { describe, expect, it } from "vitest";
import { createCategorizer } from "../../../lib/categorizer/categorize";
import { toMinor } from "../../../lib/money";

// Statement lines written for this test (not taken from the dictionary): the shipped knowledge must file them
// without any household data.
const KNOWN: [string, string, string][] = [
  ["PAIEMENT CB LA POSTE 12/03", "-8.40", "400310"],
  ["PRLV SEPA BOUYGUES TELECOM", "-25.99", "400150"],
  ["PRLV SEPA SFR FIXE ADSL", "-30.00", "400150"],
  ["CB SNCF VOYAGEURS 02/04", "-89.00", "400850"],
  ["CB SHELL 1234 A6 AIRE", "-70.00", "400250"],
  ["CB PEAGE A7 VIENNE", "-12.40", "400270"],
  ["CB BOUCHERIE CHARCUTERIE MARTIN", "-24.00", "400110"],
  ["CB PIZZA HUT 02/04", "-18.00", "400810"],
  ["CB LE BISTROT DU COIN", "-32.00", "400810"],
  ["CB AU BUREAU BRASSERIE", "-45.00", "400810"],
  ["CB CINEMA LE GRAND REX", "-12.00", "400830"],
  ["CB FNAC PARIS", "-29.99", "400740"],
  ["CB H ET M 1234", "-39.99", "400130"],
  ["CB DECATHLON", "-54.00", "400720"],
  ["CB PHARMACIE PRINCIPALE", "-12.30", "400610"],
  ["CB DR MARTIN MEDECIN", "-25.00", "400610"],
  ["VIR CPAM DE PARIS REMBT", "16.50", "400610"],
  ["VIR MUTUELLE GENERALE REMBT", "8.00", "400610"],
  ["PRLV URSSAF", "-420.00", "400520"],
  ["PRLV SEPA DIRECTION GENERALE DES FINANCES PUBLIQUES", "-150.00", "400510"],
  ["VIR SEPA POLE EMPLOI", "1100.00", "200120"],
  ["VIREMENT DE MAMAN", "100.00", "200150"],
  ["CB APPLE.COM/BILL ITUNES.COM", "-0.99", "400740"],
  ["CB GOOGLE *Google Storage", "-1.99", "400150"],
  ["CB IKEA PARIS NORD", "-120.00", "401060"],
  ["CB LEROY MERLIN 1234", "-60.00", "401050"],
  ["CB PICARD 1234", "-25.00", "400110"],
  ["CB MONOP 1234 PARIS", "-9.00", "400110"],
  ["CB TABAC LE JEAN BART", "-10.00", "400111"],
  ["CB BOULANGERIE ANGE 12", "-4.00", "400110"],
  ["PRLV ASSURANCE HABITATION MAIF", "-25.00", "401040"],
  ["PRLV EDF", "-80.00", "401080"],
  ["PRLV ENGIE HOME", "-60.00", "401080"],
  ["PRLV SEPA VEOLIA", "-35.00", "401070"],
  ["CB AMZN Mktp FR*2X3Y4", "-19.99", "400112"],
  ["CB ALDI 1234", "-33.00", "400110"],
  ["Tesco Stores 2951 Cambridge", "-23.10", "400110"],
  ["Sainsburys Local 0456", "-8.20", "400110"],
  ["PRET A MANGER 1234 LONDON", "-6.50", "400810"],
  ["TFL TRAVEL CHARGE TFL.GOV.UK/CP", "-7.20", "400280"],
  ["Trainline.com", "-45.00", "400850"],
  ["DVLA-VEHICLE TAX", "-15.00", "400200"],
  ["COUNCIL TAX LB ISLINGTON", "-140.00", "400540"],
  ["HMRC SELF ASSESSMENT", "-800.00", "400510"],
  ["ACME LTD SALARY", "2500.00", "200110"],
  ["BOOTS 1234 OXFORD ST", "-12.00", "400190"],
  ["NHS BUSINESS SERVICES", "-9.90", "400610"],
  ["VIRGIN MEDIA PYMTS", "-45.00", "400150"],
  ["THAMES WATER", "-30.00", "401070"],
  ["OCTOPUS ENERGY LTD", "-90.00", "401080"],
  ["AMAZON PRIME*AB12CD", "-8.99", "400750"],
  ["SPOTIFY UK", "-11.99", "400750"],
  ["DELIVEROO.CO.UK", "-24.00", "400810"],
  ["UBER *EATS PENDING", "-18.00", "400810"],
  ["NATIONWIDE BS MORTGAGE", "-900.00", "401010"],
  ["LINK ATM 12MAR", "-20.00", "300"],
  ["INTEREST CHARGED", "-3.20", "400340"],
  ["PAYPAL *EBAY", "-15.00", "400112"],
  ["WAITROSE 123", "-40.00", "400110"],
  ["SHELL OXFORD", "-55.00", "400250"],
  ["PUREGYM", "-24.99", "400710"],
  ["LIDL GB LONDON", "-21.00", "400110"],
  ["STARBUCKS COFFEE 1234", "-4.20", "400810"],
  ["MORRISONS PETROL", "-50.00", "400250"],
];

describe("cold start on common French and English statement lines", () => {
  const categorizer = createCategorizer();
  it.each(KNOWN)("%s (%s) → %s", (label, amount, expected) => {
    const result = categorizer.categorize({ rawLabel: label, amountMinor: toMinor(amount, "EUR"), currency: "EUR", date: "2024-03-12", accountId: null, bankCategory: null });
    expect(result.categoryId).toBe(expected);
    expect(result.categorySource).toBe("global");
  });
});
