namespace ArabicNews.Nlp.Entities;

/// <summary>
/// Closed word classes of news Arabic that the recognizer's rules use: titles, institution nouns, descriptors,
/// function words. General linguistic knowledge, written as Arabic and matched after normalization.
/// </summary>
internal static class ArabicLexicon
{
    /// <summary>The proclitics the recognizer reads off a word (و ف, ب ل ك, and the pairs), the conjunctions first.</summary>
    public static readonly string[] Proclitics = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"];

    /// <summary>Titles and roles that stand before a person's name (one or two words; ال included where written).</summary>
    public static readonly string[] Titles =
    [
        "الرئيس", "رئيس", "رئيسة", "الرئيسة", "رئيس الوزراء", "رئيسة الوزراء", "رئيس الحكومة", "رئيس الحكومة", "رئيس الجمهورية", "رئيس البرلمان",
        "رئيس مجلس الوزراء", "رئيس مجلس النواب", "رئيس الأركان", "نائب الرئيس", "نائب رئيس", "رئيس الوزراء", "رئيس الدبلوماسية",
        "وزير", "وزيرة", "الوزير", "الوزيرة", "وزير الخارجية", "وزيرة الخارجية", "وزير الدفاع", "وزيرة الدفاع", "وزير الداخلية",
        "وزير المالية", "وزير الاقتصاد", "وزير العدل", "وزير الإعلام", "وزير النفط", "وزير الطاقة", "وزير الصحة", "وزير التربية",
        "الملك", "الملكة", "الأمير", "الأميرة", "ولي العهد", "الشيخ", "الشيخة", "السيد", "السيدة", "الجنرال", "العقيد", "العميد", "اللواء",
        "العماد", "الفريق", "المشير", "الرائد", "النقيب", "المتحدث", "المتحدثة", "الناطق", "الناطقة", "المتحدث الرسمي", "السفير",
        "السفيرة", "المبعوث", "المبعوثة", "المبعوث الخاص", "المبعوث الأممي", "الأمين العام", "أمين عام", "أمين سر", "أمين السر", "أمين الصندوق", "أمين العاصمة", "الزعيم", "زعيم", "القائد", "قائد",
        "نظيره", "نظيرها", "نظيريه", "نظيرهم", "نظيري", "المستشار", "المستشارة", "مستشار", "مستشارة", "النائب", "النائبة", "الدكتور",
        "الدكتورة", "البروفيسور", "البابا", "المرشد", "المرشد الأعلى", "الإمام", "الحاكم", "حاكم", "المحافظ", "محافظ", "عمدة", "رئيس بلدية",
        "المدير", "مدير", "المدير العام", "مديرة", "المندوب", "المندوبة", "مندوب", "الصحفي", "الصحفية", "الصحافي", "الصحافية", "الكاتب",
        "الكاتبة", "المحلل", "المحللة", "الخبير", "الخبيرة", "الباحث", "الباحثة", "المدرب", "اللاعب", "اللاعبة", "النجم", "النجمة",
        "الفنان", "الفنانة", "المغني", "المغنية", "الممثل", "الممثلة", "المخرج", "الشاعر", "المعارض", "الناشط", "الناشطة", "القاضي",
        "المحامي", "المحامية", "الأستاذ", "الأستاذة", "المطران", "البطريرك", "الحاخام", "الرئيس المصري", "السلطان", "الرئيس السابق",
        "المرشح", "المرشحة", "عضو", "العضو", "زوجة", "زوج", "نجل", "ابن", "ابنة", "شقيق", "شقيقة", "والد", "والدة", "الراحل", "الراحلة",
        "القس", "الكاهن", "الأب", "الشيخ", "السناتور", "السيناتور", "عضو الكونغرس", "المتظاهر", "المتظاهرة", "الطالب", "الطالبة",
        "الطبيب", "الطبيبة", "المهندس", "المهندسة", "المواطن", "المواطنة", "الضابط", "الجندي", "الرقيب", "المتهم", "المتهمة",
        "الطفلة", "السيدة", "الرئيس التنفيذي", "رئيس مجلس الإدارة", "المدير التنفيذي",
        "الملياردير", "رجل الأعمال", "سيدة الأعمال", "رجل الدين", "عالم الدين", "رجل أعمال", "سيدة أعمال", "وكيل أعمال", "وكيلة أعمال", "المؤرخ", "الأديب", "الروائي", "الروائية", "الإعلامي", "الإعلامية", "المذيع",
        "المذيعة", "مقدم", "المراسل", "المراسلة", "الداعية", "المفتي", "آية الله", "آية الله العظمى", "حجة الإسلام", "المرجع", "المرجع الديني", "رئيس حزب", "رئيس حركة", "زعيم حزب", "زعيم حركة", "المتحدث باسم",
        "الناطق باسم", "المتحدثة باسم", "الناطقة باسم", "السياسي", "السياسية", "برئاسة", "بقيادة", "بزعامة", "اسمه", "اسمها", "واسمه", "واسمها", "عم", "عمة", "خال", "خالة", "جد", "جدة", "حفيد", "حفيدة", "أخ", "أخت", "ابنه", "ابنته", "زوجته", "زوجها", "يدعى", "تدعى", "المدعو", "المدعوة", "وكيل", "وكيل وزارة", "السفير الأمريكي", "نائبة", "نائب", "العاهل", "خادم الحرمين الشريفين",
        "العميد ركن", "العميد الركن", "اللواء ركن", "اللواء الركن", "العقيد ركن", "العقيد الركن", "الفريق ركن", "الفريق الركن",
    ];

    /// <summary>Words between a title and a name that belong to neither (السابق، الجديد، الحالي …); nationalities are skipped too.</summary>
    public static readonly string[] TitleModifiers =
    [
        "السابق", "السابقة", "الجديد", "الجديدة", "الحالي", "الحالية", "المنتخب", "المنتخبة", "المكلف", "المكلفة", "الأسبق", "الراحل",
        "الأعلى", "العام", "الخاص", "الرسمي", "باسم", "الأول", "الأولى", "الأمريكي", "المعزول", "المخلوع", "الأممي", "البارز", "البارزة", "الشهير", "الشهيرة", "المعروف", "المعروفة", "المخضرم",
    ];

    /// <summary>Institution nouns that, followed by a nationality adjective, name an organization (الخارجية الروسية، الحكومة السورية).</summary>
    public static readonly string[] Institutions =
    [
        "الحكومة", "الخارجية", "الداخلية", "الدفاع", "الرئاسة", "القوات", "الجيش", "البرلمان", "الشرطة", "الاستخبارات", "المخابرات",
        "البحرية", "المعارضة", "الدبلوماسية", "وزارة الخارجية", "وزارة الدفاع", "وزارة الداخلية", "وزارة العدل",
        "وزارة المالية", "وزارة الصحة", "وزارة الإعلام", "وزارة الاقتصاد", "وزارة الطاقة", "وزارة النفط", "القوات المسلحة",
        "القوات الجوية", "القوات البحرية", "القوات الخاصة", "القوات الحكومية", "القوات النظامية", "وكالة الأنباء", "الأجهزة الأمنية",
        "النيابة العامة", "النيابة", "المحكمة العليا", "المحكمة الدستورية", "الخطوط الجوية", "البنك المركزي", "الإذاعة", "التلفزيون",
        "الهيئة العامة", "الأركان", "هيئة الأركان", "رئاسة الأركان", "رئاسة الجمهورية", "رئاسة الوزراء", "الجامعة",
        "الكونغرس", "مجلس الشيوخ", "مجلس النواب", "الحرس الوطني", "الأمن العام", "الأمن", "الجمارك", "السفارة", "القنصلية", "البعثة",
        "الإدارة", "الخزانة", "الخزينة", "المؤسسة", "وزارة الخزانة", "وزارة الخزينة", "وزارة التجارة", "وزارة الزراعة", "وزارة العمل",
        "وزارة التربية", "وزارة التعليم", "وزارة الخارجيه", "الدولة", "النظام", "الاستخبارات العسكرية", "الشركة",
    ];

    /// <summary>Institution nouns in construct with a country name (حكومة الكويت، سفارة الفلبين).</summary>
    public static readonly string[] ConstructInstitutions =
    [
        "حكومة", "سفارة", "قنصلية", "وزارة خارجية", "وزارة دفاع", "وزارة داخلية", "خارجية", "جيش", "برلمان", "رئاسة", "قوات", "شرطة",
        "إدارة", "سلطات", "مخابرات", "استخبارات", "بعثة", "برلمان", "مجلس نواب", "حكومتا",
    ];

    /// <summary>Nouns that, before a person's name, name the person's administration (إدارة X).</summary>
    public static readonly string[] AdministrationHeads = ["إدارة", "حكومة", "نظام"];

    /// <summary>Direction adjectives that extend a place's name (الريف الشمالي، السهل الغربي).</summary>
    public static readonly string[] DirectionAdjectives =
    [
        "الشرقي", "الشرقية", "الغربي", "الغربية", "الشمالي", "الشمالية", "الجنوبي", "الجنوبية", "الأوسط", "الوسطى", "الكبرى", "الكبير",
    ];

    /// <summary>Reporting verbs after which a name is often the speaker (وقال X إن ...).</summary>
    public static readonly string[] CueVerbs =
    [
        "قال", "قالت", "وقال", "وقالت", "أضاف", "أضافت", "وأضاف", "وأضافت", "أكد", "أكدت", "وأكد", "وأكدت", "أوضح", "أوضحت", "وأوضح",
        "وأوضحت", "أشار", "أشارت", "وأشار", "وأشارت", "يشير", "ويشير", "تشير", "وتشير", "أعلن", "أعلنت", "وأعلن", "وأعلنت", "صرح",
        "وصرح", "صرحت", "وصرحت", "اعتبر", "واعتبر", "اعتبرت", "واعتبرت", "رأى", "ورأى", "حذر", "وحذر", "حذرت", "وحذرت", "تابع", "وتابع",
        "تابعت", "وتابعت", "يقول", "ويقول", "تقول", "وتقول", "أفاد", "وأفاد", "أفادت", "وأفادت", "ذكر", "وذكر", "ذكرت", "وذكرت", "نفى",
        "ونفى", "شدد", "وشدد", "شددت", "وشددت", "لفت", "ولفت", "لفتت", "ولفتت", "كتب", "وكتب", "كتبت", "وكتبت", "دعا", "ودعا", "دعت",
        "ودعت", "أدلى", "وأدلى", "التقى", "والتقى", "التقت", "والتقت", "استقبل", "واستقبل", "وصف", "ووصف", "أشاد", "وأشاد",
        "اتهم", "واتهم", "رحب", "ورحب", "أعرب", "وأعرب", "تعهد", "وتعهد", "أبلغ", "وأبلغ", "طالب", "وطالب", "وجه", "ووجه", "وجهت", "ووجهت",
    ];


    /// <summary>Nouns that start an organization's name (حزب العمال، جبهة النصرة).</summary>
    public static readonly string[] OrganizationHeads =
    [
        "حزب", "حركة", "جبهة", "تنظيم", "جماعة", "ميليشيا", "مليشيا", "ميليشيات", "كتائب", "فيلق", "منظمة", "وكالة", "مجلس", "هيئة",
        "ائتلاف", "تحالف", "اتحاد", "جمعية", "مؤسسة", "شركة", "جامعة", "بنك", "صندوق", "لجنة", "معهد", "مرصد", "لواء",
        "جيش", "سرايا", "تيار", "كتلة", "رابطة", "مجموعة",
    ];

    /// <summary>Of <see cref="OrganizationHeads"/>, those that one definite noun names, ordinary word though it is (جمعية الإخاء، تحالف النور).</summary>
    public static readonly string[] OneWordOrganizationHeads = ["جمعية", "تحالف", "لجنة", "هيئة", "رابطة", "اتحاد"];

    /// <summary>Media nouns before an outlet's name, left out of the span (صحيفة واشنطن بوست → واشنطن بوست).</summary>
    public static readonly string[] MediaHeads = ["قناة", "شبكة", "صحيفة", "جريدة", "مجلة", "إذاعة", "راديو", "تلفزيون", "موقع"];

    /// <summary>Of those, the ones an ordinary definite word can name (صحيفة الحياة، قناة المحور; not شبكة الطرق، موقع الحادث).</summary>
    public static readonly string[] MediaHeadsOfWords = ["قناة", "صحيفة", "جريدة", "مجلة", "إذاعة"];

    /// <summary>Heads of institutions often named after a place or a person without the article (جامعة هارفارد، معهد ماساتشوستس).</summary>
    public static readonly string[] NamedInstitutionHeads = ["جامعة", "معهد", "كلية", "أكاديمية"];

    /// <summary>Units of an organization: after a title (رئيس قسم الأبحاث، مدير شعبة الاتصالات) they name the unit, not a person.</summary>
    public static readonly string[] Departments = ["قسم", "شعبة", "دائرة", "وحدة", "مديرية", "فرع", "مكتب", "إدارة", "أقسام"];

    /// <summary>Number words: what follows them is counted (مليون ريال، آلاف الدولارات), not a name.</summary>
    public static readonly string[] NumberWords = ["ألف", "آلاف", "ألفي", "مليون", "مليوني", "ملايين", "مليار", "ملياري", "مليارات", "تريليون", "تريليونات", "المليار", "المليون"];

    /// <summary>The Arabic names of Latin letters as acronyms are spelt (بي بي سي، تي.آر.تي).</summary>
    public static readonly string[] LatinLetterNames =
    [
        "إيه", "ايه", "بي", "سي", "دي", "إي", "إف", "اف", "جي", "جيه", "إتش", "اتش", "آي", "اي", "كيه", "كي", "إل", "ال", "إم", "ام",
        "إن", "ان", "أو", "او", "بيه", "كيو", "آر", "ار", "أر", "إس", "اس", "تي", "يو", "دبليو", "إكس", "اكس", "واي", "زد", "زي",
    ];

    /// <summary>The months' names, Syriac and Latin (نيسان is also a carmaker, آب a word, أيار a name).</summary>
    public static readonly string[] Months =
    [
        "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
        "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ];

    /// <summary>
    /// Cities named with an ordinary noun that news uses far more often (مشهد, a scene): a place only where a
    /// descriptor, a nisba or another place beside it says so somewhere in the document.
    /// </summary>
    public static readonly string[] NounsNamingPlaces = ["مشهد"];

    /// <summary>Given names that are also the first word of a longer title (آية in آية الله): alone, a name word, no title.</summary>
    public static readonly string[] GivenNamesOpeningTitles = ["آية"];

    /// <summary>Times of day that are also given names (صباح، فجر): before a day word they are the time (صباح اليوم، مساء الأحد).</summary>
    public static readonly string[] TimesOfDay = ["صباح", "مساء", "فجر", "ظهر", "عصر", "ليلة", "ظهيرة", "ضحى"];

    /// <summary>Words that name a day, after a time of day (صباح اليوم، فجر أمس، مساء الجمعة، ظهر يوم).</summary>
    public static readonly string[] DayWords = ["اليوم", "أمس", "الغد", "غد", "يوم", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    /// <summary>Words of generic security forces (قوات الأمن، الشرطة، عناصر الجيش): a phrase of only these names no organization.</summary>
    public static readonly string[] GenericForces =
    [
        "قوات", "القوات", "قوة", "القوة", "الأمن", "الشرطة", "الجيش", "الأجهزة", "أجهزة", "الأمنية", "عناصر", "رجال", "الجنود", "جنود", "قوى",
        "شرطة", "دوريات", "دورية", "وحدات", "الوحدات", "الخاصة", "المسلحة", "الحكومية", "النظامية", "الطوارئ", "المرور", "الدرك",
    ];

    /// <summary>Definite nouns that after those heads make a panel, not a name (لجنة التحكيم: the jury of any contest).</summary>
    public static readonly string[] PanelComplements = ["التحكيم", "الحكام", "الخبراء", "التدريس", "الصياغة", "الإشراف"];

    /// <summary>Heads that combine with a country to give its official name (دولة قطر، مملكة البحرين).</summary>
    public static readonly string[] StateHeads =
    [
        "دولة", "مملكة", "المملكة", "جمهورية", "الجمهورية", "سلطنة", "إمارة", "الإمارة", "اتحاد", "إمارات",
    ];

    /// <summary>Compass words that, before a river or area, name a region (شرق النهر).</summary>
    public static readonly string[] Compass = ["شرق", "غرب", "شمال", "جنوب", "وسط", "شمال شرق", "شمال غرب", "جنوب شرق", "جنوب غرب"];

    /// <summary>Peoples and religious communities named as groups (الأكراد، التركمان): not entities (the guidelines leave them unmarked).</summary>
    public static readonly string[] EthnicGroups =
    [
        "الأكراد", "الكرد", "التركمان", "العرب", "الأمازيغ", "البربر", "الدروز", "الشيعة", "السنة", "الإيزيديين", "الإيزيديون", "الأيزيديين",
        "الأرمن", "الآشوريين", "الآشوريون", "الشركس", "البلوش", "البشتون", "الطاجيك", "الهزارة", "الأويغور", "الإيغور", "الروهينغا",
        "العلويين", "العلويون", "الموارنة", "الأقباط", "المسيحيين", "المسيحيون", "اليهود", "المسلمين", "المسلمون", "البدو", "الطوارق",
    ];

    /// <summary>Function words a name never crosses.</summary>
    public static readonly string[] FunctionWords =
    [
        "في", "من", "إلى", "الى", "على", "عن", "مع", "و", "أو", "او", "ثم", "أن", "إن", "ان", "لا", "ما", "هذا", "هذه", "ذلك", "تلك",
        "التي", "الذي", "الذين", "بين", "بعد", "قبل", "عند", "حول", "ضد", "عبر", "منذ", "حتى", "كل", "بعض", "غير", "قد", "لم", "لن",
        "هو", "هي", "هم", "نحن", "أنه", "إنه", "أنها", "إنها", "كان", "كانت", "يكون", "تكون", "ليس", "لدى", "لدي", "خلال", "أمام",
        "وراء", "تحت", "فوق", "دون", "داخل", "خارج", "إذ", "إذا", "لو", "كما", "لكن", "بل", "أي", "أيضا", "أيضاً", "جدا", "فقط", "حيث", "عبر", "نحو",
        "قال", "يقول", "قالت", "تقول", "أكد", "أكدت", "يؤكد", "أضاف", "أضافت", "أعلن", "أعلنت", "أشار", "أشارت", "لفت", "شدد", "أوضح",
        "صرح", "نفى", "تابع", "رأى", "اعتبر", "حذر", "كشف", "دعا", "بحث", "التقى", "استقبل", "زار", "وصل", "غادر", "اليوم", "أمس",
        "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "إنّ", "أنّ", "لقد", "وقد", "بشأن", "إزاء", "بدوره",
        "بدورها", "قوله", "قولها", "لي", "له", "لها", "لهم", "به", "بها", "فيه", "فيها", "منه", "منها", "عنه", "عنها", "عليه",
        "عليها", "إليه", "إليها", "معه", "معها", "الآن", "الان", "هنا", "هناك", "لو", "إلا", "الا", "سوى", "مثل", "وفق", "وفقا", "نفسه", "نفسها",
        "بصحبة", "برفقة", "آنذاك", "حينذاك", "وقتذاك", "حينئذ", "عندئذ", "آنئذ", "يومئذ", "يا",
        "ناهز", "يناهز", "تناهز", // عن عمر ناهز 90 عاما: "at the age of", no surname of عمر
        // adverbs and circumstantial accusatives after a verb or a title, never names (وقال مازحا، الرئيس الفنزويلي عشية الجولة)
        "مرارا", "مراراً", "تكرارا", "تكراراً", "مازحا", "مازحاً", "ضاحكا", "مبتسما", "ساخرا", "متسائلا", "مضيفا", "موضحا", "مؤكدا",
        "مشيرا", "معتبرا", "قائلا", "قائلاً", "عشية", "غداة", "مجددا", "مجدداً", "سابقا", "سابقاً", "لاحقا", "لاحقاً", "حاليا", "حالياً",
        "دائما", "دائماً", "أحيانا", "أحياناً", "غالبا", "غالباً", "فورا", "فوراً", "رسميا", "رسمياً", "علنا", "علناً", "مؤخرا", "مؤخراً",
        "داخله", "داخلها", "بداخله", "بداخلها", "خارجه", "خارجها", // بداخله "inside it", not the oasis الداخلة written with ه
    ];

    /// <summary>Rivers and areas that a compass word can precede to name a region (شرق الفرات).</summary>
    public static readonly string[] CompassFeatures = ["الفرات", "دجلة", "النيل", "العاصي", "الأردن", "المتوسط"];

    /// <summary>Settlement, street and feature descriptors before a place name, left out of the span (مدينة X، بلدة X، شارع X).</summary>
    public static readonly string[] PlaceDescriptors = ["مدينة", "بلدة", "قرية", "محافظة", "ولاية", "مخيم", "حي", "ناحية", "مقاطعة", "إقليم", "مدينتي", "بلدتي", "قريتي", "ولايتي", "محافظتي", "جزيرة", "جزر", "منطقة", "منطقتي", "ميناء", "مطار", "حقل", "بحيرة", "جبل", "جبال", "سهل", "وادي", "ساحل", "حقل", "حقول", "معبر",
        "رأس", "خليج", "مضيق", "تل", "عين", "بئر", "نهر", "شارع", "ضاحية", "ميدان", "معتمدية", "مديرية", "عمادة"];

    /// <summary>Indefinite roles that, after a name, start its apposition in construct (صلاح نجم ليفربول، X لاعب الأهلي), besides the indefinite titles.</summary>
    public static readonly string[] AppositionRoles = ["نجم", "نجمة", "لاعب", "لاعبة", "مهاجم", "مدافع", "حارس", "مدرب", "مدربة", "مقدم", "مقدمة"];

    /// <summary>
    /// Dual and plural descriptors that a list of places follows (بلدتي كفريا والفوعة، محافظات ريمة وحجة والمحويت).
    /// </summary>
    public static readonly string[] PlaceListDescriptors = ["مدينتي", "بلدتي", "قريتي", "ولايتي", "محافظتي", "منطقتي", "مدن", "بلدات", "قرى", "محافظات", "ولايات", "مديريات", "معتمديات", "بلديات"];

    /// <summary>The <see cref="PlaceDescriptors"/> of settlements: a club the lists hold by its city's name is the city after them (مدينة ميلان).</summary>
    public static readonly string[] SettlementDescriptors = ["مدينة", "بلدة", "قرية", "ولاية", "محافظة", "مدينتي", "بلدتي"];

    /// <summary>
    /// Feature words that belong to the name after them (رأس تنورة، جبل طارق، وادي عربة): the name alone would be another
    /// place or a person. Of these, <see cref="ContextFeatureWords"/> are also ordinary words or verbs (عيّن، تلّ).
    /// </summary>
    public static readonly string[] FeatureWords = ["رأس", "جبل", "وادي", "خليج", "مضيق", "تل", "عين", "بئر"];

    /// <summary>The <see cref="FeatureWords"/> that name a place only after a preposition or a descriptor (في عين X، بلدة تل X).</summary>
    public static readonly string[] ContextFeatureWords = ["عين", "بئر", "تل"];

    /// <summary>
    /// Words after which a one-word name from the city lists is read as a place even where the model sees nothing:
    /// prepositions of place, the capital, and the heads of events named after a place (اتفاقية أستانة، محادثات جنيف).
    /// </summary>
    public static readonly string[] ListPlaceContext =
    [
        "في", "إلى", "من", "نحو", "قرب", "حول", "داخل", "عاصمة", "العاصمة", "اتفاقية", "اتفاق", "محادثات", "مفاوضات", "مؤتمر",
        "قمة", "مسار", "اجتماعات", "اجتماع", "إعلان", "معاهدة", "جولة", "منتدى",
    ];

    /// <summary>Words that end a media name after a place or a name (نيويورك تايمز، ديلي نيوز، القدس برس).</summary>
    public static readonly string[] MediaWords = ["تايمز", "بوست", "نيوز", "تريبيون", "جورنال", "هيرالد", "أونلاين", "برس", "تي في", "إكسبريس", "إكسبرس", "تلغراف", "ميل", "ميرور", "ستار"];

    /// <summary>Broadcasters' nouns after which a place and a number name a station (راديو مونت كارلو 2); not قناة, also a canal (قناة السويس).</summary>
    public static readonly string[] BroadcastHeads = ["راديو", "إذاعة", "تلفزيون"];

    /// <summary>Organization nouns after which a short quoted name is the organization's name (شركة "…"، صحيفة «…»).</summary>
    public static readonly string[] QuoteHeads =
    [
        "شركة", "الشركة", "شركات", "مجموعة", "صحيفة", "الصحيفة", "جريدة", "مجلة", "موقع", "الموقع", "وكالة", "قناة", "القناة", "تلفزيون",
        "إذاعة", "راديو", "منظمة", "المنظمة", "جمعية", "مؤسسة", "حركة", "حزب", "تنظيم", "جماعة", "بنك", "مصرف", "صندوق", "مركز", "معهد",
        "شبكة", "منصة", "تطبيق", "فريق", "نادي", "مجلس", "هيئة", "حملة", "ائتلاف", "تحالف", "ميليشيا", "فصيل", "كتائب", "لواء", "جيش",
    ];

    /// <summary>Words of a match after which a name in construct is a club (فريق X، مرمى X); with and without و، ل، ب.</summary>
    public static readonly string[] ClubHeads =
    [
        "فريق", "نادي", "لاعب", "لاعبو", "لاعبي", "حارس", "مدرب", "مرمى", "جماهير", "مباراة", "لقاء",
    ];

    /// <summary>Verbs of a result whose subject is a club in a match report (فاز X، خسر X); they do not make a text one.</summary>
    public static readonly string[] ClubVerbs = ["فاز", "خسر", "تعادل", "تغلب", "هزم"];

    /// <summary>Words of a match (or places, or quantifiers) that follow those heads without naming a club (مدرب المنتخب، لاعب الوسط، لاعبي أوروبا).</summary>
    public static readonly string[] ClubHeadComplements =
    [
        "المنتخب", "الفريق", "النادي", "الوسط", "الدفاع", "الهجوم", "المرمى", "الكرة", "الموسم", "الذهاب", "الإياب", "العودة", "القمة",
        "الدوري", "البطولة", "الكأس", "الفوز", "التعادل", "الشوط", "المباراة", "اللقاء", "الافتتاح", "النهائي", "العمل", "الضيوف",
        "الأرض", "الأول", "الثاني", "الثالث", "الأولى", "الثانية", "الثالثة", "الأخير", "الأخيرة", "السابق", "الجديد", "الحالي",
        "الشباب", "الناشئين", "الأشبال", "الأمل", "الخصم", "المنافس", "البطل", "الجماهير", "الجمهور", "اللاعبين", "الاحتياط",
        "العالم", "القارة", "أوروبا", "آسيا", "أفريقيا", "إفريقيا", "اللاعب", "الغريم", "العاصمة", "المدينة", "البلاد", "الخصوم", "المنافسين",
        "الحراس", "اللياقة", "المهاجمين", "المدافعين", "الدولي", "الجميع", "الكل", "الدول",
        "المنتخبان", "المنتخبين", "الفريقان", "الفريقين", "الناديان", "الناديين", "المنتخبات", "الأندية", "الفرق", "العام", "المركز",
        "الأسبوع", "الشهر", "الجولة", "الدورة", "السنة", "التاريخ", "المدرب", "الحارس", "المهاجم", "المدافع", "الأمس", "الغد", "الليلة", "الدرجة",
    ];

    /// <summary>Definite organization heads that, with relational adjectives, name an organization (المفوضية العليا للانتخابات).</summary>
    public static readonly string[] DefiniteOrganizationHeads =
    [
        "المفوضية", "الهيئة", "اللجنة", "المجلس", "الاتحاد", "المنظمة", "الوكالة", "المؤسسة", "الشركة", "الجمعية", "الحركة", "الجبهة",
        "الائتلاف", "المحكمة", "الجامعة", "الصندوق", "البنك", "المصرف", "المركز", "المعهد", "المرصد",
    ];

    /// <summary>
    /// Of those, the heads that one adjective suffices to name (الجبهة الوطنية). Not الحركة: with one adjective it is
    /// traffic or a current far more often than a name (الحركة الجوية، الحركة الاحتجاجية، الحركة النسوية).
    /// </summary>
    public static readonly string[] StrongDefiniteOrganizationHeads = ["الجبهة", "الائتلاف", "المفوضية"];

    /// <summary>
    /// Last words of team names (ليستر سيتي، غولدن ستيت، هيوستن روكتس) and team names alone: a model person ending in one is
    /// the team.
    /// </summary>
    public static readonly string[] TeamWords =
    [
        "سيتي", "يونايتد", "ستيت", "ستايت", "ووريرز", "وريورز", "روكتس", "سلتيكس", "سبيرز", "رينجرز", "ليكرز", "ألبيون", "روفرز",
        "هوتسبير", "هوتسبر", "ويندررز", "كافالييرز", "كافاليرز", "ثاندر", "رابتورز", "بيستونز", "كليبرز",
    ];

    /// <summary>
    /// Heads of an agency of another organization, besides <see cref="OrganizationHeads"/>: مفوضية الأمم المتحدة لشؤون
    /// اللاجئين، مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، برنامج الأمم المتحدة الإنمائي.
    /// </summary>
    public static readonly string[] AgencyHeads = ["مفوضية", "مكتب", "برنامج", "بعثة"];

    /// <summary>
    /// What moves or is traded: after حركة ("traffic, movement of") no organization's name (حركة الملاحة، حركة النقل
    /// البري، حركة التجارة الدولية), unlike a movement's (حركة النهضة، حركة المقاومة الإسلامية).
    /// </summary>
    public static readonly string[] TrafficNouns =
    [
        "الملاحة", "النقل", "المرور", "السير", "الطيران", "التجارة", "التبادل", "الأعمال", "السكك", "السفن", "الشحن", "البضائع",
        "المسافرين", "الركاب", "الأسواق", "السوق", "الأموال", "الرساميل", "رؤوس", "السياحة", "الصادرات", "الواردات", "التنقل", "النزوح",
        "العبور", "البيع", "الشراء", "الأسعار", "الأسهم", "التداول", "القطارات", "الحافلات", "الطائرات", "السيارات", "الشاحنات", "الزوار",
        "الحجاج", "المعتمرين", "الوافدين", "الاستثمار", "الاستثمارات", "البناء", "الإنتاج", "الأمتعة", "الملاحه", "البريد",
    ];

    /// <summary>
    /// The elder, the younger, the middle one, aged: a brother's or son's age after his given name (شقيقه معاذ الأكبر،
    /// الأمير X البالغ من العمر), no surname.
    /// </summary>
    public static readonly string[] AgeAdjectives = ["الأكبر", "الأصغر", "الأوسط", "البالغ"];

    /// <summary>Adjectives of rank that behave like relational adjectives in organization names.</summary>
    public static readonly string[] RankAdjectives = ["العليا", "الأعلى", "العام", "العامة", "الحر", "الحرة", "الكبرى", "الأولى"];
}
