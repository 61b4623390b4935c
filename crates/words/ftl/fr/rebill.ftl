# Refacturation de ce que Microsoft facture : l’utilisation (Azure et produits au compteur) à la majoration du partenaire, et les licences que Microsoft a proratisées.

## Lignes de facture
# $product: the product's name; $meter: what was used (Microsoft's meter); $from, $to: the first and last days of use; $markup: the markup ("15 %").
rebill-usage-line = { $product } — { $meter }, du { $from } au { $to }, majoration { $markup }
# $day: the one day of use.
rebill-usage-line-day = { $product } — { $meter }, le { $day }, majoration { $markup }
# $product: the product's name; $from, $to: the days Microsoft prorated; $change: added or removed.
rebill-prorated-line = { $product } — { $change ->
    [removed] licences retirées
   *[added] licences ajoutées
}, au prorata de Microsoft, du { $from } au { $to }

## Problèmes d’une facturation
# $customer: the customer's name; $count: how many Microsoft lines; $currency: the lines' currency; $customer_currency: the customer's.
rebill-other-currency = { $customer } : { $count ->
    [one] une ligne Microsoft en { $currency } n’est pas refacturée
   *[other] { $count } lignes Microsoft en { $currency } ne sont pas refacturées
}, le client étant facturé en { $customer_currency }.
# $customer: the customer's name; $product: the product's name.
rebill-prorated-no-price = { $customer } : les licences que Microsoft a proratisées pour « { $product } » ne sont pas refacturées, faute de prix de revente.

## Réglages
rebill-prorated-ardoise = Par la proratisation d’Ardoise
rebill-prorated-microsoft = Comme Microsoft les a proratisées
rebill-markup-everyone = tous les clients

## Ligne de commande
rebill-cli-default = Majoration par défaut : { $rate }
# $choice: how licences Microsoft prorated are billed, in words.
rebill-cli-prorated = Licences ajoutées ou retirées en cours d’engagement : { $choice }
rebill-cli-no-overrides = Aucune majoration par produit ni par client.
rebill-cli-product = Produit
rebill-cli-customer = Client
rebill-cli-rate = Majoration

## Journal
# $subject: what the entry is about (a product's name).
audit-action-rebill-settings = Réglages de refacturation Microsoft modifiés
audit-action-rebill-markup = Majoration de « { $subject } » fixée
audit-action-rebill-markup-removed = Majoration de « { $subject } » supprimée
audit-column-default-markup = Majoration par défaut
audit-column-prorated-licences = Licences proratisées par Microsoft
audit-column-rate = Majoration
audit-column-pc-line-id = Ligne Microsoft
