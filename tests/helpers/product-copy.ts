import type { LanguageCode } from '../../shared/text/output-languages';

/**
 * Ordinary product copy in every language Listing Studio writes, written for these checks (no
 * source text copied): what a shop owner or a good model would produce, terse lines and long
 * sentences, numbers, sizes, model names and colour words included. The readable-text check must
 * accept all of it; the bench counts any flag on it as a false alarm.
 */
export interface ProductCopy {
  title: string;
  description: string;
  tags: string[];
}

export const PRODUCT_COPY: Record<LanguageCode, readonly ProductCopy[]> = {
  en: [
    { title: 'Hand-thrown Stoneware Mug, Speckled Oatmeal Glaze, 350 ml', description: 'Every mug is thrown on the wheel in our Devon studio and finished with a speckled oatmeal glaze, so no two are quite the same. It holds 350 ml, feels solid in the hand and is safe in the dishwasher and microwave. A calm, everyday mug for your morning coffee.', tags: ['stoneware mug', 'handmade', 'coffee cup'] },
    { title: 'Navy Blue Cotton Crew Neck T-Shirt', description: 'Soft 180 gsm organic cotton in a classic crew neck. Pre-shrunk, double-stitched hems, regular fit. Machine wash at 30 °C. Sizes XS-XXL; see the size chart for chest measurements.', tags: ['t-shirt', 'organic cotton', 'navy'] },
    { title: 'Vintage Brass Desk Lamp with Green Glass Shade', description: 'A 1950s banker\'s lamp with its original green glass shade and a brass base that has aged to a warm patina. It has been rewired with a new UK plug and a pull-chain switch, and it takes an E27 bulb up to 40 W. Small marks on the base match its age.', tags: ['desk lamp', 'vintage', 'brass'] },
    { title: 'Minimalist Leather Card Wallet - Tan', description: 'Slim card wallet. Full-grain vegetable-tanned leather. Four card slots, one central pocket. Hand-stitched with waxed linen thread. 10 x 7.5 cm. Ages beautifully with use.', tags: ['wallet', 'leather', 'gift for him'] },
    { title: 'Wireless Earbuds with Charging Case, Bluetooth 5.3, White', description: 'Up to 8 hours of playback on one charge and 30 more from the case. USB-C charging, IPX4 splash resistance and touch controls on each bud. Pairs with iPhone and Android phones in seconds.', tags: ['earbuds', 'bluetooth', 'wireless'] },
  ],
  de: [
    { title: 'Handgemachte Keramiktasse, Salbeigrün, 300 ml', description: 'Jede Tasse wird in unserer Werkstatt in Leipzig von Hand gedreht und mit einer salbeigrünen Glasur versehen. Sie fasst 300 ml, liegt gut in der Hand und ist spülmaschinen- und mikrowellengeeignet. Ein schönes Geschenk für alle, die ihren Kaffee in Ruhe genießen.', tags: ['Keramiktasse', 'handgemacht', 'Kaffeebecher'] },
    { title: 'Damen Strickpullover aus Merinowolle, Anthrazit', description: 'Weicher Pullover aus 100 % Merinowolle mit Rundhalsausschnitt. Er wärmt, ohne zu kratzen, und ist bei 30 °C im Wollprogramm waschbar. Erhältlich in den Größen S bis XL.', tags: ['Pullover', 'Merinowolle', 'Damenmode'] },
    { title: 'Eichenholz Schneidebrett, 40 x 25 cm', description: 'Massives Schneidebrett aus europäischer Eiche, geölt mit lebensmittelechtem Leinöl. Mit Saftrille. Nicht spülmaschinengeeignet. Gelegentlich nachölen.', tags: ['Schneidebrett', 'Eiche', 'Küche'] },
    { title: 'Vintage Lederrucksack in Cognac', description: 'Dieser Rucksack aus pflanzlich gegerbtem Leder hat ein gepolstertes Fach für Laptops bis 15 Zoll und zwei Seitentaschen. Die Riemen sind verstellbar, die Nähte sind doppelt vernäht. Mit der Zeit bekommt das Leder eine schöne Patina.', tags: ['Rucksack', 'Leder', 'Vintage'] },
  ],
  fr: [
    { title: 'Tasse en grès faite main, émail bleu nuit, 300 ml', description: 'Chaque tasse est tournée à la main dans notre atelier de Lyon puis recouverte d\'un émail bleu nuit. Elle contient 300 ml et passe au lave-vaisselle comme au micro-ondes. Une pièce unique pour savourer votre café du matin.', tags: ['tasse', 'grès', 'fait main'] },
    { title: 'Pull en laine mérinos pour femme, gris chiné', description: 'Un pull doux en 100 % laine mérinos, col rond et coupe droite. Il garde la chaleur sans gratter et se lave à 30 °C en programme laine. Disponible du S au XL.', tags: ['pull', 'mérinos', 'mode femme'] },
    { title: 'Planche à découper en chêne massif', description: 'Planche en chêne européen huilée à l\'huile de lin alimentaire, avec rigole à jus. Dimensions : 40 x 25 cm. Ne pas mettre au lave-vaisselle. Huiler de temps en temps.', tags: ['planche à découper', 'chêne', 'cuisine'] },
    { title: 'Sac à dos vintage en cuir cognac', description: 'Ce sac à dos en cuir tanné végétal possède une poche rembourrée pour un ordinateur portable jusqu\'à 15 pouces et deux poches latérales. Les sangles sont réglables et les coutures doublées. Le cuir se patine joliment avec le temps.', tags: ['sac à dos', 'cuir', 'vintage'] },
  ],
  es: [
    { title: 'Taza de cerámica hecha a mano, esmalte verde salvia, 300 ml', description: 'Cada taza se moldea a mano en nuestro taller de Valencia y se termina con un esmalte verde salvia. Tiene una capacidad de 300 ml y es apta para lavavajillas y microondas. Un regalo perfecto para los amantes del café.', tags: ['taza', 'cerámica', 'hecho a mano'] },
    { title: 'Jersey de lana merino para mujer, color camel', description: 'Jersey suave de 100 % lana merino con cuello redondo. Abriga sin picar y se puede lavar a 30 °C con el programa de lana. Disponible en tallas S a XL.', tags: ['jersey', 'lana merino', 'moda mujer'] },
    { title: 'Tabla de cortar de roble macizo', description: 'Tabla de roble europeo tratada con aceite de linaza apto para alimentos. Con ranura para jugos. Medidas: 40 x 25 cm. No apta para lavavajillas.', tags: ['tabla de cortar', 'roble', 'cocina'] },
    { title: 'Mochila vintage de cuero marrón', description: 'Esta mochila de cuero curtido vegetal tiene un compartimento acolchado para portátiles de hasta 15 pulgadas y dos bolsillos laterales. Las correas son ajustables y las costuras están reforzadas. El cuero gana una bonita pátina con el uso.', tags: ['mochila', 'cuero', 'vintage'] },
  ],
  it: [
    { title: 'Tazza in gres fatta a mano, smalto blu notte, 300 ml', description: 'Ogni tazza è lavorata al tornio nel nostro laboratorio di Firenze e rifinita con uno smalto blu notte. Contiene 300 ml ed è adatta alla lavastoviglie e al microonde. Un pezzo unico per il caffè del mattino.', tags: ['tazza', 'gres', 'fatto a mano'] },
    { title: 'Maglione da donna in lana merino, grigio melange', description: 'Maglione morbido in 100 % lana merino con scollo rotondo. Tiene caldo senza pizzicare e si lava a 30 °C con il programma lana. Taglie dalla S alla XL.', tags: ['maglione', 'lana merino', 'moda donna'] },
    { title: 'Tagliere in rovere massello', description: 'Tagliere in rovere europeo trattato con olio di lino alimentare, con scanalatura per i succhi. Misure: 40 x 25 cm. Non lavare in lavastoviglie.', tags: ['tagliere', 'rovere', 'cucina'] },
    { title: 'Zaino vintage in pelle color cuoio', description: 'Questo zaino in pelle conciata al vegetale ha una tasca imbottita per portatili fino a 15 pollici e due tasche laterali. Gli spallacci sono regolabili e le cuciture sono doppie. Con il tempo la pelle acquista una bella patina.', tags: ['zaino', 'pelle', 'vintage'] },
  ],
  pt: [
    { title: 'Caneca de cerâmica feita à mão, esmalte azul-marinho, 300 ml', description: 'Cada caneca é moldada à mão no nosso atelier em Lisboa e terminada com um esmalte azul-marinho. Leva 300 ml e pode ir à máquina de lavar loiça e ao micro-ondas. Uma peça única para o seu café da manhã.', tags: ['caneca', 'cerâmica', 'feito à mão'] },
    { title: 'Camisola de lã merino para senhora, cinzento mescla', description: 'Camisola macia em 100 % lã merino com gola redonda. Aquece sem picar e lava-se a 30 °C no programa de lã. Tamanhos do S ao XL.', tags: ['camisola', 'lã merino', 'moda feminina'] },
    { title: 'Tábua de corte em carvalho maciço', description: 'Tábua em carvalho europeu tratada com óleo de linhaça próprio para alimentos, com ranhura para sucos. Medidas: 40 x 25 cm. Não vai à máquina de lavar loiça.', tags: ['tábua de corte', 'carvalho', 'cozinha'] },
    { title: 'Mochila vintage em couro castanho', description: 'Esta mochila em couro curtido vegetal tem um compartimento acolchoado para portáteis até 15 polegadas e dois bolsos laterais. As alças são ajustáveis e as costuras são reforçadas. O couro ganha uma bonita pátina com o uso.', tags: ['mochila', 'couro', 'vintage'] },
  ],
  nl: [
    { title: 'Handgemaakte keramische mok, saliegroen, 300 ml', description: 'Elke mok wordt met de hand gedraaid in ons atelier in Utrecht en afgewerkt met een saliegroene glazuur. Hij heeft een inhoud van 300 ml en kan in de vaatwasser en de magnetron. Een mooi cadeau voor iedereen die van koffie houdt.', tags: ['mok', 'keramiek', 'handgemaakt'] },
    { title: 'Dames trui van merinowol, antraciet', description: 'Zachte trui van 100 % merinowol met ronde hals. Hij houdt je warm zonder te kriebelen en is wasbaar op 30 °C met het wolprogramma. Verkrijgbaar in maat S tot XL.', tags: ['trui', 'merinowol', 'damesmode'] },
    { title: 'Snijplank van massief eikenhout', description: 'Snijplank van Europees eiken, behandeld met voedselveilige lijnolie, met sapgoot. Afmetingen: 40 x 25 cm. Niet geschikt voor de vaatwasser.', tags: ['snijplank', 'eiken', 'keuken'] },
    { title: 'Vintage leren rugzak in cognac', description: 'Deze rugzak van plantaardig gelooid leer heeft een gevoerd vak voor laptops tot 15 inch en twee zijvakken. De banden zijn verstelbaar en de naden zijn dubbel gestikt. Het leer krijgt met de tijd een mooi patina.', tags: ['rugzak', 'leer', 'vintage'] },
  ],
  sv: [
    { title: 'Handgjord keramikmugg, salviagrön, 300 ml', description: 'Varje mugg drejas för hand i vår verkstad i Göteborg och glaseras i en salviagrön nyans. Den rymmer 300 ml och tål både diskmaskin och mikrovågsugn. En fin present till den som älskar kaffe.', tags: ['mugg', 'keramik', 'handgjord'] },
    { title: 'Stickad tröja i merinoull för dam, grå', description: 'Mjuk tröja i 100 % merinoull med rund hals. Den värmer utan att klia och kan tvättas i 30 °C på ullprogram. Finns i storlek S till XL.', tags: ['tröja', 'merinoull', 'dammode'] },
    { title: 'Skärbräda i massiv ek', description: 'Skärbräda av europeisk ek, behandlad med livsmedelsgodkänd linolja och med saftränna. Mått: 40 x 25 cm. Tål inte diskmaskin.', tags: ['skärbräda', 'ek', 'kök'] },
    { title: 'Vintage ryggsäck i konjaksbrunt läder', description: 'Den här ryggsäcken i vegetabiliskt garvat läder har ett vadderat fack för datorer upp till 15 tum och två sidofickor. Axelremmarna är justerbara och sömmarna är dubbelsydda. Lädret får en vacker patina med tiden.', tags: ['ryggsäck', 'läder', 'vintage'] },
  ],
  pl: [
    { title: 'Ręcznie robiony kubek ceramiczny, szałwiowa zieleń, 300 ml', description: 'Każdy kubek jest toczony ręcznie w naszej pracowni w Krakowie i pokryty szałwiowozieloną glazurą. Ma pojemność 300 ml i można go myć w zmywarce oraz używać w kuchence mikrofalowej. To piękny prezent dla miłośników kawy.', tags: ['kubek', 'ceramika', 'rękodzieło'] },
    { title: 'Damski sweter z wełny merino, grafitowy', description: 'Miękki sweter ze 100 % wełny merino z okrągłym dekoltem. Grzeje, ale nie gryzie, i można go prać w 30 °C w programie do wełny. Dostępny w rozmiarach od S do XL.', tags: ['sweter', 'wełna merino', 'moda damska'] },
    { title: 'Deska do krojenia z litego dębu', description: 'Deska z europejskiego dębu zabezpieczona olejem lnianym bezpiecznym dla żywności, z rowkiem na soki. Wymiary: 40 x 25 cm. Nie nadaje się do zmywarki.', tags: ['deska do krojenia', 'dąb', 'kuchnia'] },
    { title: 'Skórzany plecak vintage w kolorze koniaku', description: 'Ten plecak ze skóry garbowanej roślinnie ma wyściełaną kieszeń na laptopa do 15 cali i dwie kieszenie boczne. Szelki są regulowane, a szwy podwójne. Z czasem skóra nabiera pięknej patyny.', tags: ['plecak', 'skóra', 'vintage'] },
  ],
  ja: [
    { title: '手作りの陶器マグカップ 300ml くすみブルー', description: 'ひとつひとつ職人がろくろで成形し、落ち着いたブルーの釉薬で仕上げたマグカップです。容量は300mlで、食洗機と電子レンジに対応しています。毎朝のコーヒータイムにぴったりです。', tags: ['マグカップ', '陶器', '手作り'] },
    { title: 'メリノウール クルーネックニット レディース グレー', description: 'メリノウール100%のやわらかいニットです。チクチクしにくく、30℃のおしゃれ着コースで洗えます。サイズはSからXLまでご用意しています。', tags: ['ニット', 'メリノウール', 'レディース'] },
    { title: 'オーク無垢材のカッティングボード', description: 'ヨーロッパ産のオーク材を使用し、食品用の亜麻仁油で仕上げました。サイズは40×25cmです。食洗機には対応していません。ときどきオイルを塗ってお手入れしてください。', tags: ['カッティングボード', 'オーク', 'キッチン'] },
    { title: 'ヴィンテージ風 本革リュック キャメル', description: '植物タンニンでなめした革を使ったリュックです。15インチまでのノートパソコンが入るクッション付きのポケットと、左右のサイドポケットがあります。使うほどに革の風合いが増していきます。', tags: ['リュック', '本革', 'ヴィンテージ'] },
  ],
  zh: [
    { title: '手工陶瓷马克杯 300毫升 雾蓝色', description: '每一只杯子都由匠人在拉坯机上手工成型，再施以沉静的雾蓝色釉。容量为300毫升，可以放入洗碗机和微波炉。很适合用来享受每天早上的咖啡。', tags: ['马克杯', '陶瓷', '手工'] },
    { title: '女士美利奴羊毛圆领毛衣 灰色', description: '这款毛衣采用百分之百美利奴羊毛，柔软亲肤，不扎人。可以在30度的羊毛程序下机洗。尺码从S到XL都有。', tags: ['毛衣', '美利奴羊毛', '女装'] },
    { title: '实木橡木砧板 40×25厘米', description: '这块砧板选用欧洲橡木，表面涂有食品级亚麻籽油，并带有导流槽。请不要放入洗碗机，平时可以定期上油保养。', tags: ['砧板', '橡木', '厨房'] },
    { title: '复古真皮双肩包 焦糖色', description: '这款双肩包采用植鞣皮革制作，内有可放15英寸笔记本电脑的软垫隔层和两个侧袋。肩带可以调节，缝线为双道加固。皮革会随着使用慢慢形成漂亮的光泽。', tags: ['双肩包', '真皮', '复古'] },
  ],
};
