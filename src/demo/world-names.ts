// First and last names from many cultures, so demo data exercises accents, particles and non-Latin scripts.
//
// A person's names come from one culture (no "Hiro Okafor"), which keeps the demo believable. Cultures
// written in a non-Latin script carry both spellings as "Latin|native": some members type their name in
// the native script, while their profile URL is always Latin (LinkedIn slugs are ASCII or percent-encoded).
// Where surnames change with gender (Polish, Russian, Greek), a last name reads "male/female" and female
// first names end with "+", so no one is called "Tomasz Szymańska".

export interface NameCulture {
  id: string;
  /** Share of the network drawn from this culture (relative weight). */
  weight: number;
  first: readonly string[];
  last: readonly string[];
  /** Probability that a member of this culture writes the name in its native script (only for "Latin|native"). */
  nativeScript: number;
}

function list(text: string): readonly string[] {
  return text.split(',').map((name) => name.trim()).filter(Boolean);
}

export const NAME_CULTURES: readonly NameCulture[] = [
  {
    id: 'anglo', weight: 28, nativeScript: 0,
    first: list('James, Olivia, Liam, Emma, Noah, Ava, Oliver, Sophia, Ethan, Mia, Lucas, Harper, Mason, Ella, Logan, Grace, Henry, Chloe, Jack, Lily, Owen, Zoe, Samuel, Hannah, Daniel, Abigail, Matthew, Emily, Ryan, Madison, Nathan, Charlotte, Dylan, Avery, Caleb, Riley, Jordan, Taylor, Morgan, Casey'),
    last: list("Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Thomas, Taylor, Moore, Martin, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, Hill, Green, Adams, Baker, Nelson, Carter, Mitchell, Roberts, Turner, Phillips, Campbell, Parker, Evans, Edwards, Collins, Stewart, Morris, Murphy, Cook, Rogers, Bennett-Hale, Ashworth, Pemberton"),
  },
  {
    id: 'irish', weight: 2, nativeScript: 0,
    first: list('Aoife, Siobhán, Niamh, Ciarán, Seán, Pádraig, Róisín, Eoin, Orla, Cillian'),
    last: list("O'Brien, O'Connor, Ó Súilleabháin, McCarthy, Byrne, Kavanagh, Ní Bhriain, Fitzgerald, O'Neill, Doyle"),
  },
  {
    id: 'hispanic', weight: 9, nativeScript: 0,
    first: list('José, María, Alejandro, Lucía, Sofía, Javier, Carmen, Diego, Valentina, Mateo, Camila, Andrés, Martín, Isabel, Pablo, Ximena, Rocío, Iñaki'),
    last: list('García, Martínez, Rodríguez, López, Hernández, González, Pérez, Sánchez, Ramírez, Torres, Flores, Rivera, Gómez, Díaz, Reyes, Morales, Jiménez, Ruiz, Ortega, de la Fuente, Núñez, Castañeda'),
  },
  {
    id: 'brazilian', weight: 3, nativeScript: 0,
    first: list('João, Ana, Gabriel, Beatriz, Rafael, Larissa, Thiago, Juliana, Felipe, Mariana, Leônidas, Conceição'),
    last: list('Silva, Santos, Oliveira, Souza, Pereira, Costa, Ferreira, Almeida, Carvalho, Gonçalves, Araújo, Magalhães'),
  },
  {
    id: 'french', weight: 6, nativeScript: 0,
    first: list('Élodie, Camille, Léa, Chloé, Hélène, Amélie, Manon, Théo, Hugo, Jérôme, François, Benoît, Loïc, Maël, Gaëlle, Inès'),
    last: list('Martin, Bernard, Dubois, Moreau, Lefèvre, Laurent, Fontaine, Girard, Mercier, Rousseau, Lemoine, Fàbregas, de Villiers, Lebœuf, Chevalier'),
  },
  {
    id: 'german', weight: 7, nativeScript: 0,
    first: list('Lukas, Jonas, Felix, Maximilian, Lena, Anna, Sophie, Jürgen, Günther, Sabine, Katrin, Jörg, Uwe, Anke, Mareike, Björn'),
    last: list('Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Richter, Krüger, Weiß, von Aschenbach, Großmann'),
  },
  {
    id: 'dutch', weight: 3, nativeScript: 0,
    first: list('Daan, Sem, Lotte, Fleur, Bram, Sanne, Joost, Marieke, Pieter, Anouk'),
    last: list('de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, de Boer, van der Meer'),
  },
  {
    id: 'nordic', weight: 4, nativeScript: 0,
    first: list('Astrid, Ingrid, Sigrid, Freja, Maja, Erik, Lars, Magnus, Søren, Bjørn, Åsa, Mikael, Oskar, Linnéa'),
    last: list('Andersson, Johansson, Karlsson, Nilsson, Eriksson, Lindqvist, Hansen, Jørgensen, Nieminen, Virtanen, Sørensen, Åberg, Lindqvist-Ortega'),
  },
  {
    id: 'italian', weight: 4, nativeScript: 0,
    first: list('Giulia, Francesca, Chiara, Alessandro, Lorenzo, Matteo, Niccolò, Federica, Marco, Giorgia'),
    last: list('Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, De Luca, Caruso'),
  },
  {
    id: 'polish', weight: 3, nativeScript: 0,
    first: list('Katarzyna+, Małgorzata+, Agnieszka+, Piotr, Krzysztof, Tomasz, Paweł, Łukasz, Zofia+, Michał'),
    last: list('Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, Kamiński/Kamińska, Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska, Dąbrowski/Dąbrowska'),
  },
  {
    id: 'indian', weight: 10, nativeScript: 0.02,
    first: list('Aarav, Priya, Rohan, Ananya, Vikram, Kavya, Arjun, Sneha, Rahul, Divya, Aditya, Pooja, Karthik, Meera, Siddharth, Lakshmi, Nikhil, Shreya'),
    last: list('Sharma, Patel, Iyer, Nair, Reddy, Gupta, Singh, Kumar, Menon, Rao, Chatterjee, Bhattacharya, Desai, Krishnan, Mehta, Joshi, Pillai'),
  },
  {
    id: 'chinese', weight: 6, nativeScript: 0.2,
    first: list('Wei|伟, Fang|芳, Jing|静, Lei|磊, Yan|燕, Jun|军, Xiaoming|晓明, Mei|梅, Hao|浩, Lin|琳, Yifan|一帆, Zihan|子涵'),
    last: list('Wang|王, Li|李, Zhang|张, Liu|刘, Chen|陈, Yang|杨, Huang|黄, Zhao|赵, Wu|吴, Zhou|周, Xu|徐, Sun|孙'),
  },
  {
    id: 'japanese', weight: 3, nativeScript: 0.15,
    first: list('Hiroshi|浩, Yuki|由紀, Haruto|陽翔, Sakura|さくら, Kenji|健二, Aiko|愛子, Takumi|拓海, Yui|結衣, Daisuke|大輔'),
    last: list('Sato|佐藤, Suzuki|鈴木, Takahashi|高橋, Tanaka|田中, Watanabe|渡辺, Ito|伊藤, Yamamoto|山本, Nakamura|中村, Kobayashi|小林'),
  },
  {
    id: 'korean', weight: 2, nativeScript: 0.15,
    first: list('Minjun|민준, Seoyeon|서연, Jiwoo|지우, Hyunwoo|현우, Jiyoung|지영, Dohyun|도현'),
    last: list('Kim|김, Lee|이, Park|박, Choi|최, Jung|정, Kang|강'),
  },
  {
    id: 'vietnamese', weight: 2, nativeScript: 0,
    first: list('Minh, Linh, Huong, Tuấn, Thảo, Quang, Ngọc, Duc'),
    last: list('Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Võ, Đặng'),
  },
  {
    id: 'nigerian', weight: 3, nativeScript: 0,
    first: list('Chidi, Ngozi, Emeka, Adaeze, Oluwaseun, Funmilayo, Kemi, Tunde, Chiamaka, Ifeoma, Babajide, Yetunde'),
    last: list('Okafor, Adeyemi, Okonkwo, Nwosu, Balogun, Eze, Adebayo, Olawale, Chukwu, Ogunleye, Okonkwo-Hart'),
  },
  {
    id: 'arabic', weight: 3, nativeScript: 0.08,
    first: list('Omar|عمر, Layla|ليلى, Youssef|يوسف, Fatima|فاطمة, Karim|كريم, Nour|نور, Farid|فريد, Amira|أميرة, Tariq|طارق'),
    last: list('Haddad|حداد, Farouk|فاروق, Al-Sayed|السيد, Khalil|خليل, Mansour|منصور, Nasser|ناصر, El-Amin|الأمين, Saleh|صالح'),
  },
  {
    id: 'turkish', weight: 2, nativeScript: 0,
    first: list('Emre, Elif, Can, Zeynep, Burak, Ayşe, Oğuz, Gülşen, Çağrı, İlker'),
    last: list('Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Doğan, Kılıç'),
  },
  {
    id: 'russian', weight: 2, nativeScript: 0.2,
    first: list('Dmitri|Дмитрий, Anastasia|Анастасия+, Sergei|Сергей, Olga|Ольга+, Ivan|Иван, Natalia|Наталья+, Alexei|Алексей, Ekaterina|Екатерина+'),
    last: list('Ivanov|Иванов/Ivanova|Иванова, Petrov|Петров/Petrova|Петрова, Smirnov|Смирнов/Smirnova|Смирнова, Volkov|Волков/Volkova|Волкова, Sokolov|Соколов/Sokolova|Соколова, Kuznetsov|Кузнецов/Kuznetsova|Кузнецова, Popov|Попов/Popova|Попова'),
  },
  {
    id: 'greek', weight: 1, nativeScript: 0.2,
    first: list('Nikos|Νίκος, Eleni|Ελένη+, Giorgos|Γιώργος, Maria|Μαρία+, Dimitris|Δημήτρης, Katerina|Κατερίνα+'),
    last: list('Papadopoulos|Παπαδόπουλος/Papadopoulou|Παπαδοπούλου, Georgiou|Γεωργίου, Nikolaidis|Νικολαΐδης/Nikolaidou|Νικολαΐδου, Karagiannis|Καραγιάννης/Karagianni|Καραγιάννη, Oikonomou|Οικονόμου'),
  },
];

/** Credentials and generational suffixes members append to their last name ("Reyes, PhD"). */
export const NAME_SUFFIXES: readonly string[] = [', PhD', ', MBA', ', CPA', ', PMP', ' Jr.', ' III', ', SHRM-CP', ', CFA', ', MD'];

/** Decorations some members add to their names; importers must keep or strip them without breaking. */
export const NAME_DECORATIONS: readonly string[] = [' 🚀', ' 🌱', ' ✨', ' (she/her)', ' (he/him)', ' 🇺🇦'];

export interface NameSpelling {
  latin: string;
  native: string;
}

/** A first name entry: its spellings and whether it takes the feminine surname form ("Olga|Ольга+"). */
export function firstNameSpellings(entry: string): NameSpelling & { feminine: boolean } {
  const feminine = entry.endsWith('+');
  return { ...spellings(feminine ? entry.slice(0, -1) : entry), feminine };
}

/** A last name entry in the form that agrees with the first name ("Kowalski/Kowalska"). */
export function lastNameSpellings(entry: string, feminine: boolean): NameSpelling {
  const slash = entry.indexOf('/');
  if (slash < 0) return spellings(entry);
  return spellings(feminine ? entry.slice(slash + 1) : entry.slice(0, slash));
}

/** Splits "Latin|native"; a plain name is its own native spelling. */
function spellings(name: string): NameSpelling {
  const bar = name.indexOf('|');
  return bar < 0 ? { latin: name, native: name } : { latin: name.slice(0, bar), native: name.slice(bar + 1) };
}
