namespace GraphCallback.GraphEmulator.Platform.OData;

/// <summary>One lexical token of an OData $filter expression.</summary>
internal readonly record struct FilterToken(FilterTokenKind Kind, string Text, object? Value = null);

/// <summary>The kinds of $filter tokens.</summary>
internal enum FilterTokenKind
{
    Identifier,
    Literal,
    OpenParen,
    CloseParen,
    Comma,
    Colon,
    Slash,
    End,
}
