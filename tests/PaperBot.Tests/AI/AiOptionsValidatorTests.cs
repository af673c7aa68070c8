using PaperBot.AI;

namespace PaperBot.Tests.AI;

public sealed class AiOptionsValidatorTests
{
    [Theory]
    [InlineData(null, null, null)]
    [InlineData("https://api.openai.com/v1", "gpt-4o-mini", null)]
    [InlineData("http://localhost:11434/v1", "llama3.1", "nomic-embed-text")]
    [InlineData("http://127.0.0.1:1234/v1", null, "text-embedding-3-small")]
    public void Validate_GoodSettings_Succeeds(string? endpoint, string? chat, string? embedding)
    {
        var result = new AiOptionsValidator().Validate(null, Options(endpoint, chat, embedding));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("https://api.openai.com/v1", null, null, "Ai:ChatModel")]
    [InlineData("https://api.openai.com/v1", "  ", "", "Ai:ChatModel")]
    [InlineData("/v1", "gpt-4o-mini", null, "Ai:Endpoint")]
    [InlineData("ftp://models.example/v1", "gpt-4o-mini", null, "Ai:Endpoint")]
    [InlineData("localhost:11434/v1", "llama3.1", null, "Ai:Endpoint")]
    [InlineData(null, "gpt-4o-mini", null, "Ai:Endpoint")]
    [InlineData(null, null, "text-embedding-3-small", "Ai:Endpoint")]
    public void Validate_BadSettings_FailsWithOneLineNamingTheKey(string? endpoint, string? chat, string? embedding, string key)
    {
        var result = new AiOptionsValidator().Validate(null, Options(endpoint, chat, embedding));

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith(key + " ", failure);
        Assert.DoesNotContain('\n', failure);
    }

    [Fact]
    public void Validate_EndpointWithCredentials_DoesNotEchoThem()
    {
        var result = new AiOptionsValidator().Validate(null, Options("ftp://user:sk-secret@host/v1", "m", null));

        Assert.DoesNotContain("sk-secret", result.FailureMessage);
    }

    private static AiOptions Options(string? endpoint, string? chat, string? embedding) => new()
    {
        Endpoint = endpoint is null ? null : new Uri(endpoint, UriKind.RelativeOrAbsolute),
        ChatModel = chat,
        EmbeddingModel = embedding,
    };
}
