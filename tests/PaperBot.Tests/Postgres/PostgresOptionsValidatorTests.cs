using PaperBot.Postgres;

namespace PaperBot.Tests.Postgres;

public sealed class PostgresOptionsValidatorTests
{
    private const string Password = "s3cret-pa55";

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("SQLITE")]
    [InlineData(" sqlite ")]
    public void Validate_Sqlite_InAnyCase_Passes(string provider)
    {
        var result = new PostgresOptionsValidator().Validate(null, new PostgresOptions { Provider = provider });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_UnknownProvider_OneLineNamingTheKeyAndTheAllowedValues()
    {
        var result = new PostgresOptionsValidator().Validate(null, new PostgresOptions { Provider = "MySql" });

        var failure = Assert.Single(result.Failures!);
        Assert.Equal("Storage:Provider must be Sqlite (the default, a file) or Postgres, not \"MySql\".", failure);
    }

    [Theory]
    [InlineData(null, "Storage:ConnectionString is required with Storage:Provider=Postgres")]
    [InlineData("  ", "Storage:ConnectionString is required with Storage:Provider=Postgres")]
    [InlineData("Database=paperbot;Password=" + Password, "Storage:ConnectionString names no server")]
    [InlineData("Host=db;NoSuchKey=1;Password=" + Password, "Storage:ConnectionString is not a valid Npgsql connection string")]
    public void Validate_PostgresWithABadConnectionString_OneLineThatNeverShowsThePassword(string? connectionString, string expected)
    {
        var options = new PostgresOptions { Provider = "Postgres", ConnectionString = connectionString };

        var result = new PostgresOptionsValidator().Validate(null, options);

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith(expected, failure, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PostgresWithAServer_Passes()
    {
        var options = new PostgresOptions { Provider = "Postgres", ConnectionString = $"Host=db.example;Database=paperbot;Username=paperbot;Password={Password}" };

        Assert.True(new PostgresOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_ConnectionStringInAConfigFile_RefusedEvenWithSqlite()
    {
        var result = new PostgresOptionsValidator(connectionStringInConfigFile: true).Validate(null, new PostgresOptions { ConnectionString = $"Host=db;Password={Password}" });

        var failure = Assert.Single(result.Failures!);
        Assert.Equal(
            "Storage:ConnectionString must not be in config/*.json (it holds a password and would be committed): remove it there and set PAPERBOT_Storage__ConnectionString or a user-secret.",
            failure);
    }
}
