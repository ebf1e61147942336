using System.Globalization;
using System.Text;

namespace GraphCallback.GraphEmulator.Platform.OData;

/// <summary>Splits a $filter string into tokens; literals (strings, numbers, dates, booleans, null) carry their value.</summary>
internal static class FilterLexer
{
    public static List<FilterToken> Tokenize(string text)
    {
        var tokens = new List<FilterToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            switch (c)
            {
                case '(': tokens.Add(new(FilterTokenKind.OpenParen, "(")); i++; continue;
                case ')': tokens.Add(new(FilterTokenKind.CloseParen, ")")); i++; continue;
                case ',': tokens.Add(new(FilterTokenKind.Comma, ",")); i++; continue;
                case ':': tokens.Add(new(FilterTokenKind.Colon, ":")); i++; continue;
                case '/': tokens.Add(new(FilterTokenKind.Slash, "/")); i++; continue;
                case '\'':
                    tokens.Add(ReadString(text, ref i));
                    continue;
            }

            var start = i;
            var numeric = char.IsDigit(c) || c == '-';
            while (i < text.Length && IsWordChar(text[i], numeric))
            {
                i++;
            }

            if (i == start)
            {
                throw Invalid(text, $"unexpected character '{c}' at {i}");
            }

            tokens.Add(Classify(text[start..i]));
        }

        tokens.Add(new(FilterTokenKind.End, string.Empty));
        return tokens;
    }

    public static GraphErrorException Invalid(string filter, string detail) =>
        GraphErrorException.BadRequest($"Invalid filter clause: {detail}. Filter: {filter}");

    // Dates such as 2024-05-01T10:00:00Z contain ':', which otherwise separates a lambda variable.
    private static bool IsWordChar(char c, bool numeric) =>
        char.IsLetterOrDigit(c) || c is '_' or '.' or '@' or '$' or '#' || (numeric && c is ':' or '+' or '-');

    private static FilterToken ReadString(string text, ref int i)
    {
        var value = new StringBuilder();
        i++;
        while (true)
        {
            if (i >= text.Length)
            {
                throw Invalid(text, "unterminated string literal");
            }

            if (text[i] == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    value.Append('\'');
                    i += 2;
                    continue;
                }

                i++;
                return new(FilterTokenKind.Literal, value.ToString(), value.ToString());
            }

            value.Append(text[i++]);
        }
    }

    private static FilterToken Classify(string word)
    {
        switch (word)
        {
            case "true": return new(FilterTokenKind.Literal, word, true);
            case "false": return new(FilterTokenKind.Literal, word, false);
            case "null": return new(FilterTokenKind.Literal, word, null);
        }

        if (char.IsDigit(word[0]) || word[0] == '-')
        {
            if (word.Contains('T', StringComparison.Ordinal) &&
                DateTimeOffset.TryParse(word, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            {
                return new(FilterTokenKind.Literal, word, instant);
            }

            if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return new(FilterTokenKind.Literal, word, number);
            }

            if (Guid.TryParse(word, out _))
            {
                return new(FilterTokenKind.Literal, word, word);
            }
        }

        return new(FilterTokenKind.Identifier, word);
    }
}
