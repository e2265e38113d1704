namespace CaseTrak.Web.Features.Matters.Demo;

/// <summary>Realistic UK names and places for the demo firm. Phone numbers use Ofcom's drama range; emails use example domains.</summary>
internal static class DemoNames
{
    public static readonly string[] FirstNames =
    [
        "Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Emily", "Jacob", "Sophie", "Charlie", "Grace",
        "Thomas", "Lily", "Oscar", "Freya", "William", "Evie", "James", "Ella", "Noah", "Poppy", "Alfie", "Isabella",
        "Joshua", "Jessica", "Leo", "Ruby", "Henry", "Florence", "Arthur", "Mia", "Rhys", "Siobhan", "Callum", "Niamh",
        "Ewan", "Morag", "Dylan", "Ffion", "Rajesh", "Priya", "Amir", "Aisha", "Chidi", "Ngozi", "Tomasz", "Zofia",
        "Daniel", "Hannah", "Matthew", "Charlotte", "Samuel", "Eleanor", "Benjamin", "Lucy", "Edward", "Harriet",
    ];

    public static readonly string[] Surnames =
    [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts",
        "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris",
        "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark",
        "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker",
        "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey",
        "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson",
        "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray",
        "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes",
        "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey",
        "O'Brien", "McDonald", "Fraser", "Okafor", "Nowak", "Kowalski", "Ahmed", "MacLeod", "Ó Súilleabháin",
    ];

    public static readonly string[] Titles = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mr", "Ms", "Mrs"];

    public static readonly string[] CompanyWords =
    [
        "Engineering", "Property Holdings", "Logistics", "Care Homes", "Developments", "Construction", "Foods",
        "Digital", "Consulting", "Motors", "Brewery", "Estates", "Printing", "Haulage", "Software", "Interiors",
        "Dental Practice", "Farms", "Joinery", "Hotels", "Pharmacy", "Investments", "Recruitment", "Textiles",
    ];

    public static readonly string[] CompanyPrefixes =
    [
        "Northgate", "Beacon", "Riverside", "Kestrel", "Oakfield", "Pennine", "Severn", "Thameside", "Harbour",
        "Greenway", "Cotswold", "Highland", "Meridian", "Ashdown", "Brookside", "Wessex", "Clyde", "Mersey",
    ];

    public static readonly string[] CompanySuffixes = ["Ltd", "Limited", "LLP", "plc", "Ltd", "Limited"];

    /// <summary>Other firms of solicitors, for "other side's solicitor" parties.</summary>
    public static readonly string[] LawFirms =
    [
        "Pemberton & Co Solicitors", "Hartley Boyd LLP", "Ashworth Reid Solicitors", "Carrington Lowe LLP",
        "Featherstone Gill Solicitors", "Mortimer Vance LLP", "Ellison Shah Solicitors", "Blackwood & Partners LLP",
    ];

    public static readonly string[] Courts =
    [
        "County Court at Birmingham", "County Court at Central London", "High Court, King's Bench Division",
        "Family Court at Bristol", "Employment Tribunal (Manchester)", "Business and Property Courts in Leeds",
    ];

    public static readonly string[] Counsel = ["Miranda Okoye KC", "Jonathan Pryce", "Harriet Lau", "Declan Murphy"];

    public static readonly string[] Streets =
    [
        "High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "The Crescent", "Park Avenue",
        "Queen Street", "King's Road", "Manor Way", "Orchard Close", "Bridge Street", "Market Place", "Albert Road",
        "Meadow View", "Chapel Street", "Windsor Gardens", "London Road", "Castle Street", "Green Lane",
    ];

    /// <summary>Town, county and an outward code of a real postcode district there.</summary>
    public static readonly (string Town, string County, string Outward)[] Places =
    [
        ("Ludlow", "Shropshire", "SY8"), ("Shrewsbury", "Shropshire", "SY1"), ("Bristol", "Bristol", "BS8"),
        ("Bath", "Somerset", "BA1"), ("Leeds", "West Yorkshire", "LS6"), ("York", "North Yorkshire", "YO1"),
        ("Manchester", "Greater Manchester", "M20"), ("Chester", "Cheshire", "CH2"), ("Norwich", "Norfolk", "NR2"),
        ("Cambridge", "Cambridgeshire", "CB4"), ("Oxford", "Oxfordshire", "OX2"), ("Reading", "Berkshire", "RG1"),
        ("Brighton", "East Sussex", "BN1"), ("Canterbury", "Kent", "CT1"), ("Exeter", "Devon", "EX4"),
        ("Truro", "Cornwall", "TR1"), ("Cardiff", "South Glamorgan", "CF10"), ("Swansea", "West Glamorgan", "SA1"),
        ("Newcastle upon Tyne", "Tyne and Wear", "NE1"), ("Durham", "County Durham", "DH1"),
        ("Nottingham", "Nottinghamshire", "NG7"), ("Leicester", "Leicestershire", "LE2"), ("London", "Greater London", "SW11"),
        ("London", "Greater London", "N16"), ("London", "Greater London", "SE22"), ("Birmingham", "West Midlands", "B15"),
    ];

    // The inward code's letters never use C, I, K, M, O or V (Royal Mail).
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    public static string Postcode(Random rng, string outward) =>
        $"{outward} {rng.Next(1, 10)}{InwardLetters[rng.Next(InwardLetters.Length)]}{InwardLetters[rng.Next(InwardLetters.Length)]}";

    public static string Mobile(Random rng) => $"07700 900{rng.Next(0, 1000):000}";

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];
}
