using System.Security.Cryptography;
using System.Text;
using SocialWatch.Classification.Corpus;

namespace SocialWatch.Classification.Model;

/// <summary>
/// Adds training copies of some examples with an everyday sentence before or after them. Appending harmless text
/// never changes a label (the most severe part decides), but without such copies the model learns that short
/// messages are the aggressive ones and flips borderline messages when someone adds a greeting. The sentences here
/// are deliberately not the ones the robustness tests append.
/// </summary>
public static class TrainingAugmentation
{
    // Everyday sentences, many with the time and place words (avond, morgen, later, terug, wijk, thuis, straat ...)
    // that threats also use, so the model learns that those words alone do not make a message a threat.
    private static readonly string[] Sentences =
    [
        "Goedemorgen allemaal.", "Dat wilde ik even kwijt.", "Zo, nu ga ik koffie zetten.", "Fijn weekend!", "Groetjes,",
        "Ik woon hier al twintig jaar.", "Morgen weer een dag.", "Even tussendoor:", "Het is trouwens prachtig weer vandaag.",
        "Ik reageer vanaf mijn telefoon dus excuus voor typfouten.", "Zie ook de raadsvergadering van vorige week.",
        "Dit is mijn mening.", "Nou ja.", "Enfin.", "Anyway.", "Have a nice day.", "Just saying.", "Maar goed, ik dwaal af.",
        "Mijn buurvrouw zei hetzelfde.", "Ik ben benieuwd naar de reacties.", "De hond moet zo nog uit.", "Gr. Jan",
        "Dat was het voor nu.", "Wie het weet mag het zeggen.", "Mvg, een bewoner", "Tot zaterdag op de markt.",
        "Ik heb er een nachtje over geslapen.", "Nog een prettige dag.", "Ik zat net in de trein.", "PS: de bus was weer te laat.",
        "Vanavond is er voetbal op tv.", "Tot later!", "Ik kom er later nog op terug.", "Morgenvroeg moet ik weer vroeg op.",
        "Hartelijke groet uit de buurt.", "Groeten van de overkant van de straat.", "Ik ben net thuis van mijn werk.",
        "Fijne avond allemaal.", "Zondag is de rommelmarkt in onze wijk.", "Straks eerst boodschappen doen.",
        "Volgende week ben ik op vakantie.", "Ik zie het morgen wel weer.", "Tot volgende keer.", "Goedenavond.",
        "Vanmiddag nog langs de bibliotheek geweest.", "Ik fiets elke dag langs het gemeentehuis.", "Wij wonen om de hoek.",
        "Ik lees jullie reacties vanavond wel.", "Over een uurtje moet ik de kinderen van school halen.", "Slaap lekker straks.",
        "Cheers from the neighbourhood.", "See you tomorrow.", "Back later.", "Greetings from down the street.",
    ];

    /// <summary>The training examples plus one augmented copy of about every <paramref name="every"/>-th example (1: of every example).</summary>
    public static IReadOnlyList<CorpusExample> WithNeutralSentences(IReadOnlyList<CorpusExample> examples, int every)
    {
        var result = new List<CorpusExample>(examples.Count + (examples.Count / every) + 1);
        result.AddRange(examples);
        foreach (var example in examples)
        {
            var hash = BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(example.Text)), 0);
            if (hash % (uint)every != 0)
            {
                continue;
            }

            var sentence = Sentences[(hash / (uint)every) % (uint)Sentences.Length];
            var text = (hash & 0x100) == 0 ? $"{example.Text.TrimEnd()} {sentence}" : $"{sentence} {example.Text.TrimStart()}";
            result.Add(example with { Text = text });
        }

        return result;
    }
}
