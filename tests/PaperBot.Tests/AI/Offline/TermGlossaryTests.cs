using PaperBot.AI.Offline;

namespace PaperBot.Tests.AI.Offline;

public sealed class TermGlossaryTests
{
    private static readonly TermGlossary Glossary = new([
        "# comment",
        "",
        "handful of examples|few labeled examples\tfew-shot|in-context learning",
        "keep data private\tdifferential privacy",
        "data private\tdata anonymization",
    ]);

    [Theory]
    [InlineData("how can a model learn from just a handful of examples?", "few-shot|in-context learning")]
    [InlineData("learning from a few labeled examples", "few-shot|in-context learning")]
    [InlineData("Handful of Example", "few-shot|in-context learning")]
    [InlineData("a handful of datasets with examples", "")]
    [InlineData("how do I keep training data private?", "data anonymization")]
    [InlineData("how do I keep data private while training?", "differential privacy")]
    [InlineData("is the data private?", "data anonymization")]
    public void TermsFor_PhrasingsInARow_TheirTerms(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', Glossary.TermsFor(text)));
    }

    [Fact]
    public void TermsFor_TwoPhrasings_TheTermsOfBothOnceEach()
    {
        var terms = Glossary.TermsFor("keep data private with a handful of examples or few labeled examples");

        Assert.Equal(["differential privacy", "few-shot", "in-context learning"], terms.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Constructor_PhrasingOfOneContentWordAndAnArticle_NotUsed()
    {
        // "the model" is one word once "the" is left out: it would add its terms to every question about a model.
        var glossary = new TermGlossary(["the model|model internals\tprobing"]);

        Assert.Equal(1, glossary.Count);
        Assert.Empty(glossary.TermsFor("how do I prune the model?"));
        Assert.Equal(["probing"], glossary.TermsFor("what do model internals encode?"));
    }

    [Theory]
    [InlineData("how do I keep a chatbot from making things up?", "hallucination")]
    [InlineData("Makes Things Up", "hallucination")]
    // The same words, not in a row, or the phrasing's one content word alone.
    [InlineData("things that make training up to twice as fast", "")]
    [InlineData("how do I make a chatbot?", "")]
    // Too few words around the content word to be specific: "one GPU" of "too large for one GPU".
    [InlineData("how can a model too large for one GPU be trained?", "")]
    // No content word at all, said word for word.
    [InlineData("can a model say I do not know?", "abstention")]
    [InlineData("I do not know which model to say", "")]
    // An article is not a word that makes a phrasing specific: "the model" is any question about a model.
    [InlineData("how do I prune the model?", "")]
    public void TermsFor_PhrasingOfFewContentWords_MatchedWordForWordWhenItHasThreeWords(string text, string expected)
    {
        var glossary = new TermGlossary(["makes things up|the model\thallucination", "one gpu\tsingle gpu", "say i do not know\tabstention"]);

        Assert.Equal(expected, string.Join('|', glossary.TermsFor(text)));
    }

    [Theory]
    [InlineData("no tab here")]
    [InlineData("phrase\t")]
    [InlineData("\tterm")]
    [InlineData("a\tb\tc")]
    public void Constructor_MalformedLine_SaysWhichLine(string line)
    {
        var error = Assert.Throws<FormatException>(() => new TermGlossary(["# fine", line]));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bundled_LoadsTheShippedGlossary_AndReadsAnEverydayQuestion()
    {
        Assert.True(TermGlossary.Bundled.Count >= 100, $"{TermGlossary.Bundled.Count} phrasings");
        Assert.NotEmpty(TermGlossary.Bundled.TermsFor("how can a language model learn a task from a handful of examples?"));
        Assert.Empty(TermGlossary.None.TermsFor("how can a language model learn a task from a handful of examples?"));
    }
}
