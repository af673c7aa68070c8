namespace PaperBot.Discord.Models;

/// <summary>One autocomplete suggestion: name 1-100 characters, value up to 100.</summary>
public sealed record AutocompleteChoice(string Name, string Value);
