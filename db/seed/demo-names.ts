/** Made-up name parts and places for synthetic people; no real officer is named. */
export const firstNames = [
  "Aaron", "Abigail", "Adam", "Aisha", "Alan", "Amara", "Amy", "Andrew", "Bethany", "Callum",
  "Carla", "Ciaran", "Daniel", "Deborah", "Declan", "Eleanor", "Ellis", "Emeka", "Fiona", "Gareth",
  "Grace", "Hamza", "Hannah", "Harvey", "Imran", "Isla", "Jack", "Jasmine", "Jonah", "Kieran",
  "Laura", "Liam", "Lucy", "Marcus", "Megan", "Mohammed", "Nadia", "Nathan", "Niamh", "Oliver",
  "Owen", "Poppy", "Rachel", "Reece", "Rhys", "Ryan", "Sophie", "Stuart", "Tariq", "Tom",
] as const;

export const surnames = [
  "Abbott", "Adeyemi", "Ashworth", "Bainbridge", "Barker", "Bellamy", "Birch", "Blackwood", "Brennan", "Calloway",
  "Carver", "Chadwick", "Cotterill", "Crane", "Dalton", "Denholm", "Draper", "Eastwood", "Ellery", "Fairbairn",
  "Farrow", "Fenwick", "Gallagher", "Garside", "Greaves", "Hadley", "Halloran", "Hargreaves", "Holloway", "Hurst",
  "Ibbotson", "Jardine", "Kershaw", "Kilbride", "Lambert", "Lockwood", "Maddox", "Marlowe", "Merritt", "Nolan",
  "Okonjo", "Oldfield", "Pargeter", "Pennington", "Quarrie", "Radcliffe", "Redfern", "Rowntree", "Sandford", "Shackleton",
  "Sutcliffe", "Tennant", "Thornbury", "Treadwell", "Underhill", "Varley", "Wainwright", "Whitlock", "Yardley", "Zubair",
] as const;

export const units = [
  { unit: "Central West BCU", command: "Frontline Policing" },
  { unit: "Central East BCU", command: "Frontline Policing" },
  { unit: "North Area BCU", command: "Frontline Policing" },
  { unit: "South Area BCU", command: "Frontline Policing" },
  { unit: "East Area BCU", command: "Frontline Policing" },
  { unit: "West Area BCU", command: "Frontline Policing" },
  { unit: "Roads and Transport Policing", command: "Met Operations" },
  { unit: "Territorial Support Group", command: "Met Operations" },
  { unit: "Aviation Policing", command: "Specialist Operations" },
  { unit: "Parliamentary and Diplomatic Protection", command: "Specialist Operations" },
] as const;
