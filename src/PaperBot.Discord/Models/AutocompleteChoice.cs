namespace PaperBot.Discord.Models;

/// <summary>One autocomplete suggestion: name 1-100 characters, value up to 100.</summary>
internal sealed record AutocompleteChoice(string Name, string Value);
