using PaperBot.AI.Offline;

namespace PaperBot.Tests.AI.Offline;

public sealed class QuestionShapeTests
{
    [Theory]
    [InlineData("how much faster is GPipe?", true, false)]
    [InlineData("what speedup does it report?", true, false)]
    [InlineData("how many GPU-days did the search take?", true, false)]
    [InlineData("which dataset do they evaluate on?", false, true)]
    [InlineData("what is the method called?", false, true)]
    [InlineData("why does pipelining help?", false, false)]
    public void Of_WordingOfTheQuestion_SaysWhetherANumberOrANameIsAskedFor(string question, bool number, bool name)
    {
        var shape = QuestionShape.Of(question);

        Assert.Equal((number, name), (shape.WantsNumber, shape.WantsName));
    }

    [Theory]
    [InlineData("how can I make LLM inference cheaper?", true)]
    [InlineData("what are ways to shrink the KV cache?", true)]
    [InlineData("how can neural networks be trained without backpropagation?", true)]
    [InlineData("which optimizers can replace Adam?", true)]
    [InlineData("which techniques shrink attention memory?", true)]
    [InlineData("which approaches cut the cost of RLHF?", true)]
    // How a kind of thing does something, or which kinds do it: many papers answer.
    [InlineData("how can a small student model learn from a larger teacher model?", true)]
    [InlineData("how do vision-language models cope with high-resolution images?", true)]
    [InlineData("how does a network learn features in the lazy regime?", true)]
    [InlineData("how is machine learning being applied to proteins?", true)]
    [InlineData("can quantum computers be used to train machine learning models?", true)]
    [InlineData("what theories explain the learning dynamics of neural networks?", true)]
    [InlineData("which data augmentation tricks actually help?", true)]
    // What the corpus holds on a subject.
    [InlineData("papers about state space models?", true)]
    [InlineData("any work on training graph neural networks?", true)]
    [InlineData("what work is there on data poisoning?", true)]
    [InlineData("what's been done with AI for comics?", true)]
    [InlineData("is anyone comparing neural networks to brains?", true)]
    [InlineData("what modifications to GRPO have been proposed?", true)]
    [InlineData("is there work where a teacher corrects the model while it trains?", true)]
    [InlineData("are there surveys of efficient transformers?", true)]
    [InlineData("has anyone applied transformers to weather forecasting?", true)]
    [InlineData("which papers train on FPGAs?", true)]
    [InlineData("what should I do when my loss spikes during pretraining?", true)]
    [InlineData("what goes into building a good tokenizer?", true)]
    [InlineData("what's out there for video generation?", true)]
    [InlineData("what's known about making diffusion training cheaper?", true)]
    [InlineData("what do we know about grokking in large models?", true)]
    [InlineData("what's known about GPipe's bubble overhead?", false)]
    // One thing, named, or a paper the member saw.
    [InlineData("how can GPipe split a batch into micro-batches?", false)]
    [InlineData("can LoRA weights be merged after training?", false)]
    [InlineData("how does FlashAttention cut memory reads?", false)]
    [InlineData("how do they pipeline the model?", false)]
    [InlineData("can it run on a CPU?", false)]
    [InlineData("what results do they report?", false)]
    [InlineData("How can N:M fine-grained structured sparsity speed up DNN training?", false)]
    [InlineData("who proposed splitting mini-batches into micro-batches?", false)]
    [InlineData("how can I make training faster, and by how much?", false)]
    [InlineData("how can I get the code for GPipe?", false)]
    // The same askings about one named thing, or asking for names: not an overview.
    [InlineData("has anyone reproduced GPipe's results?", false)]
    [InlineData("what should I do to run GPipe?", false)]
    [InlineData("which papers cite GPipe?", false)]
    [InlineData("are there benchmarks for LoRA?", false)]
    [InlineData("which datasets have people used for code generation?", false)]
    public void Of_BroadOrNarrowQuestion_IsBroadOnlyWhenItAsksForTheOptions(string question, bool broad)
    {
        Assert.Equal(broad, QuestionShape.Of(question).IsBroad);
    }

    [Theory]
    [InlineData("how can sparse training make training neural networks cheaper?", "sparse training")]
    [InlineData("How does metadata conditioning accelerate language model pre-training?", "metadata conditioning")]
    [InlineData("How can retrieval heads compress the KV cache?", "retrieval heads")]
    // Asked by a person, or broad by its asking: the options are asked for, not one technique.
    [InlineData("how can I make LLM inference cheaper?", null)]
    [InlineData("what are ways to make diffusion training cheaper?", null)]
    // No aim verb: a question about the technique, not what it does for a cost.
    [InlineData("How can language models share RL experience collectively during post-training?", null)]
    [InlineData("how much can sparse training cut the cost?", null)]
    public void Of_HowCanATechniqueHelp_TheTechnique(string question, string? technique)
    {
        var shape = QuestionShape.Of(question);

        Assert.Equal(technique, shape.Technique);
        Assert.False(shape.IsBroad && technique is not null);
    }

    [Theory]
    [InlineData("who are the authors of GPipe?", "Authors")]
    [InlineData("which lab wrote it?", "Authors")]
    [InlineData("who are the authors?", "Authors")]
    [InlineData("and the authors?", "Authors")]
    [InlineData("list the authors", "Authors")]
    [InlineData("did the authors propose any defenses?", "None")]
    [InlineData("which LLMs did the authors use?", "None")]
    [InlineData("GPipe authors?", "Authors")]
    [InlineData("tell me the authors", "Authors")]
    [InlineData("who’re the authors?", "Authors")]
    [InlineData("does the model share weights across layers?", "None")]
    [InlineData("is the code for it available?", "Code")]
    [InlineData("where can I find the weights?", "Code")]
    [InlineData("does the paper release code?", "Code")]
    [InlineData("did they open-source the weights?", "Code")]
    [InlineData("which conference was it published at?", "Venue")]
    [InlineData("who proposed pipeline parallelism?", "None")]
    [InlineData("how does the model encode source code?", "None")]
    public void Of_QuestionsAbstractsCannotAnswer_AreRecognised(string question, string expected)
    {
        Assert.Equal(expected, QuestionShape.Of(question).Beyond.ToString());
    }

    [Theory]
    [InlineData("how can I make LLM inference cheaper?", "LLM inference cheaper")]
    [InlineData("what are ways to shrink the KV cache?", "shrink the KV cache")]
    [InlineData("KV cache", "KV cache")]
    [InlineData("how can RL be used to improve reasoning?", "RL used to improve reasoning")]
    [InlineData("how can neural networks be trained without backprop?", "neural networks trained without backprop")]
    // The kind asked for is the subject: "curriculum" is what the question is about.
    [InlineData("which curriculum strategies order training examples?", "curriculum order training examples")]
    [InlineData("which optimizers can replace Adam?", "optimizers can replace Adam")]
    [InlineData("how can a small student model learn from a larger teacher?", "a small student model learn from a larger teacher")]
    [InlineData("what are efficient approaches to neural architecture search?", "efficient neural architecture search")]
    [InlineData("papers about state space models like Mamba?", "state space models like Mamba")]
    [InlineData("what work is there on data poisoning?", "data poisoning")]
    [InlineData("what's been done with AI for comics?", "AI for comics")]
    [InlineData("has anyone applied transformers to weather forecasting?", "applied transformers to weather forecasting")]
    [InlineData("are there surveys of efficient transformers?", "of efficient transformers")]
    [InlineData("what's out there for video generation?", "for video generation")]
    public void Topic_BroadQuestion_TheSubjectWithoutTheAsking(string question, string topic)
    {
        Assert.Equal(topic, QuestionShape.Topic(question));
    }

    [Theory]
    [InlineData("It runs 3.5x faster.", true)]
    [InlineData("Memory use halves.", true)]
    [InlineData("It is an order of magnitude cheaper.", true)]
    [InlineData("It is much faster than before.", false)]
    public void HasNumber_Quantities(string sentence, bool expected)
    {
        Assert.Equal(expected, QuestionShape.HasNumber(sentence));
    }
}
